// A fake GitHub GraphQL API on loopback, counting requests; verify.groovy stops it.
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.atomic.AtomicInteger
def requests = new AtomicInteger()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.12'), 0), 16)
def repos = [
  'acme/rocket'    : [name: 'acme/rocket', stars: 12345, archived: false],
  'acme/attic'     : [name: 'acme/attic', stars: 87, archived: true],
  'old-owner/mover': [name: 'new-owner/mover', stars: 5, archived: false],
]
server.createContext('/graphql') { exchange ->
  requests.incrementAndGet()
  def query = new groovy.json.JsonSlurper().parse(exchange.requestBody).query
  def data = [:]
  def errors = []
  (query =~ /(r\d+): repository\(owner: "([^"]+)", name: "([^"]+)"\)/).each { all, alias, owner, name ->
    def repo = repos["${owner}/${name}".toString()]
    if (repo == null) {
      data[alias] = null
      errors << [type: 'NOT_FOUND', path: [alias], message: "Could not resolve to a Repository with the name '${owner}/${name}'."]
    } else {
      data[alias] = [nameWithOwner: repo.name, stargazerCount: repo.stars, forkCount: 1, issues: [totalCount: 0],
                     pushedAt: '2026-10-14T08:00:00Z', isArchived: repo.archived, isDisabled: false,
                     licenseInfo: [spdxId: 'MIT'], description: 'A tool', primaryLanguage: [name: 'Java']]
    }
  }
  def auth = exchange.requestHeaders.getFirst('Authorization')
  def body = groovy.json.JsonOutput.toJson(auth == 'Bearer it-token' ? [data: data, errors: errors] : [message: 'Bad credentials']).getBytes('UTF-8')
  exchange.responseHeaders.add('Content-Type', 'application/json')
  exchange.sendResponseHeaders(auth == 'Bearer it-token' ? 200 : 401, body.length)
  exchange.responseBody.withStream { it.write(body) }
}
server.start()
System.properties.put('metadata-lock.server', server)
System.properties.put('metadata-lock.requests', requests)
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('FAKE_GITHUB', "http://127.0.0.12:${server.address.port}")
return true

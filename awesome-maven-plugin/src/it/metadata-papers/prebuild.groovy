// A fake arXiv (Atom) and Crossref (JSON) on loopback, counting requests; verify.groovy stops them.
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.atomic.AtomicInteger
def requests = new AtomicInteger()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.13'), 0), 16)
def reply = { exchange, int status, String type, String body ->
  def bytes = body.getBytes('UTF-8')
  exchange.responseHeaders.add('Content-Type', type)
  exchange.sendResponseHeaders(status, bytes.length)
  exchange.responseBody.withStream { it.write(bytes) }
}
server.createContext('/api/query') { exchange ->
  requests.incrementAndGet()
  reply(exchange, 200, 'application/atom+xml', '''<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<entry><id>http://arxiv.org/abs/2212.13138v1</id><published>2022-12-26T10:00:00Z</published>
<title>Large Language Models Encode Clinical Knowledge</title>
<author><name>Karan Singhal</name></author><author><name>Shekoofeh Azizi</name></author><author><name>Tao Tu</name></author>
</entry></feed>''')
}
server.createContext('/works/') { exchange ->
  requests.incrementAndGet()
  reply(exchange, 200, 'application/json', '''{"status":"ok","message":{"title":["MedCPT: Contrastive Pre-trained Transformers"],
"author":[{"given":"Qiao","family":"Jin"},{"given":"Won","family":"Kim"}],"published":{"date-parts":[[2023,11,3]]},
"container-title":["Bioinformatics"],"is-referenced-by-count":42}}''')
}
server.start()
System.properties.put('metadata-papers.server', server)
System.properties.put('metadata-papers.requests', requests)
def base = "http://127.0.0.13:${server.address.port}"
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('FAKE_ARXIV', "${base}/api/query").replace('FAKE_CROSSREF', base)
return true

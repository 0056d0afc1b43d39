// A server on loopback for the README's links; verify.groovy stops it.
import com.sun.net.httpserver.HttpServer
def server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.9'), 0), 16)
server.createContext('/') { exchange ->
  switch (exchange.requestURI.path) {
    case '/ok': exchange.sendResponseHeaders(200, -1); break
    case '/old': exchange.responseHeaders.add('Location', '/new'); exchange.sendResponseHeaders(301, -1); break
    case '/new': exchange.sendResponseHeaders(200, -1); break
    default: exchange.sendResponseHeaders(404, -1)
  }
  exchange.close()
}
server.start()
System.properties.put('links-markdown.server', server)
def base = "http://127.0.0.9:${server.address.port}"
new File(basedir, 'README.md').text = """# Awesome Things

- [Fine](${base}/ok) - Works.
- [Gone](${base}/gone) - Broken.
- [Old](${base}/old) - Moved.

Also see ${base}/ok.
"""
return true

// A loopback server, and a list class whose links point at it; verify.groovy stops the server.
import com.sun.net.httpserver.HttpServer
def server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.10'), 0), 16)
server.createContext('/') { exchange ->
  exchange.sendResponseHeaders(exchange.requestURI.path == '/ok' ? 200 : 404, -1)
  exchange.close()
}
server.start()
System.properties.put('links-list.server', server)
def base = "http://127.0.0.10:${server.address.port}"
def source = new File(basedir, 'src/main/java/com/example/LinksList.java')
source.parentFile.mkdirs()
source.text = """package com.example;

import static io.github.awesomedsl.dsl.AwesomeDsl.*;

import io.github.awesomedsl.dsl.AwesomeListSource;
import io.github.awesomedsl.model.AwesomeList;

public final class LinksList implements AwesomeListSource {
  @Override
  public AwesomeList define() {
    return list("Awesome Links")
        .section(section("Tools")
            .entry(entry("Fine").url("${base}/ok"))
            .entry(entry("Gone").url("${base}/gone"))) // gone
        .build();
  }
}
"""
return true

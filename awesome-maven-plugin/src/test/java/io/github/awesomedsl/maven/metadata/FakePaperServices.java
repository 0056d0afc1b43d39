package io.github.awesomedsl.maven.metadata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A fake arXiv API ({@code /api/query?id_list=…}, Atom) and a fake Crossref ({@code /works/{doi}}, JSON) on
 * loopback, answering from what a test puts in, recording when each request arrived and what it asked, and
 * playing scripted 503s with Retry-After first.
 */
final class FakePaperServices implements AutoCloseable {

    /** An arXiv paper: title, authors, first version's date, published DOI and journal, comment. */
    record Preprint(String title, List<String> authors, String published, String doi, String journal, String comment) {}

    private final HttpServer server;
    final Map<String, Preprint> arxiv = new ConcurrentHashMap<>();
    /** DOI (lower case) to the whole Crossref "message" JSON. */
    final Map<String, String> works = new ConcurrentHashMap<>();

    final List<Long> arrivals = new CopyOnWriteArrayList<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    final Queue<Integer> retryAfterSeconds = new ConcurrentLinkedQueue<>();
    /** When set, the arXiv endpoint answers this instead of a feed of its papers. */
    volatile String rawFeed;

    FakePaperServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/query", this::arxiv);
        server.createContext("/works/", this::crossref);
        server.start();
    }

    String arxivUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/query";
    }

    String crossrefUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private boolean throttled(HttpExchange exchange) throws IOException {
        arrivals.add(System.nanoTime());
        Integer wait = retryAfterSeconds.poll();
        if (wait == null) {
            return false;
        }
        exchange.getResponseHeaders().add("Retry-After", Integer.toString(wait));
        send(exchange, 503, "text/plain", "Service Unavailable");
        return true;
    }

    private void arxiv(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (throttled(exchange)) {
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            String ids = "";
            for (String part : query.split("&")) {
                if (part.startsWith("id_list=")) {
                    ids = URLDecoder.decode(part.substring(8), StandardCharsets.UTF_8);
                }
            }
            asked.add(ids);
            if (rawFeed != null) {
                send(exchange, 200, "application/atom+xml", rawFeed);
                return;
            }
            StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n");
            for (String id : ids.split(",")) {
                Preprint p = arxiv.get(id);
                if (p == null) {
                    continue; // arXiv leaves out an id it does not know
                }
                feed.append("<entry><id>http://arxiv.org/abs/")
                        .append(id)
                        .append("v2</id>")
                        .append("<published>")
                        .append(p.published())
                        .append("T17:59:01Z</published>")
                        .append("<title>")
                        .append(p.title().replace("&", "&amp;").replace("<", "&lt;"))
                        .append("</title>");
                for (String author : p.authors()) {
                    feed.append("<author><name>").append(author).append("</name></author>");
                }
                if (p.doi() != null) {
                    feed.append("<arxiv:doi>").append(p.doi()).append("</arxiv:doi>");
                }
                if (p.journal() != null) {
                    feed.append("<arxiv:journal_ref>").append(p.journal()).append("</arxiv:journal_ref>");
                }
                if (p.comment() != null) {
                    feed.append("<arxiv:comment>").append(p.comment()).append("</arxiv:comment>");
                }
                feed.append("</entry>\n");
            }
            send(exchange, 200, "application/atom+xml", feed.append("</feed>\n").toString());
        }
    }

    private void crossref(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (throttled(exchange)) {
                return;
            }
            String doi = URLDecoder.decode(
                            exchange.getRequestURI().getRawPath().substring("/works/".length()), StandardCharsets.UTF_8)
                    .toLowerCase(java.util.Locale.ROOT);
            asked.add(doi + " " + exchange.getRequestURI().getRawQuery());
            String work = works.get(doi);
            if (work == null) {
                send(exchange, 404, "text/plain", "Resource not found.");
            } else {
                send(exchange, 200, "application/json", "{\"status\":\"ok\",\"message\":" + work + "}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package io.github.awesomedsl.maven.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * An HTTP server on one loopback address (127.0.0.x stands for a distinct host), which counts what the
 * checker does to it: requests per path, requests in flight (and the most at once), and request starts.
 */
final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final List<Long> starts = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    final AtomicLong hugeBytesSent = new AtomicLong();

    private LoopbackServer(HttpServer server) {
        this.server = server;
        server.setExecutor(threads);
    }

    static LoopbackServer http(String address) throws IOException {
        return new LoopbackServer(HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 64))
                .start();
    }

    static LoopbackServer https(String address, SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new LoopbackServer(server).start();
    }

    private LoopbackServer start() {
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    String url(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + path;
    }

    int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    int totalRequests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Whether this handler thread has answered its exchange (and so counted it out of flight) already. */
    private static final ThreadLocal<Boolean> ANSWERED = ThreadLocal.withInitial(() -> false);

    private void answered() {
        if (!ANSWERED.get()) {
            ANSWERED.set(true);
            inFlight.decrementAndGet();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        starts.add(System.nanoTime());
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        String path = exchange.getRequestURI().getPath();
        int count = requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        boolean head = exchange.getRequestMethod().equals("HEAD");
        try {
            switch (path) {
                case "/ok", "/moved-final" -> reply(exchange, 200);
                case "/slow-ok" -> {
                    sleep(100);
                    reply(exchange, 200);
                }
                case "/moved" -> redirect(exchange, 301, "/moved-2");
                case "/moved-2" -> redirect(exchange, 308, "/moved-final");
                case "/temporary" -> redirect(exchange, 302, "/ok");
                case "/loop" -> redirect(exchange, 302, "/loop-2");
                case "/loop-2" -> redirect(exchange, 302, "/loop");
                case "/missing" -> reply(exchange, 404);
                case "/forbidden" -> reply(exchange, 403);
                case "/bot-wall" ->
                    page(
                            exchange,
                            403,
                            "<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
                                    + "<body>Checking your browser before accessing the site.</body></html>");
                case "/no-head" -> reply(exchange, head ? 405 : 200);
                case "/busy" -> {
                    if (count == 1) {
                        exchange.getResponseHeaders().add("Retry-After", "1");
                        reply(exchange, 429);
                    } else {
                        reply(exchange, 200);
                    }
                }
                case "/error" -> reply(exchange, 503);
                case "/rate-limited-for-a-day" -> {
                    exchange.getResponseHeaders().add("Retry-After", "100000");
                    reply(exchange, 429);
                }
                case "/maintenance" -> {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    reply(exchange, 503);
                }
                case "/timeout" -> {
                    sleep(2_000);
                    reply(exchange, 200);
                }
                case "/huge" -> huge(exchange, head);
                default -> {
                    if (path.startsWith("/chain/")) { // /chain/N redirects N times, then answers 200
                        int left = Integer.parseInt(path.substring("/chain/".length()));
                        if (left == 0) {
                            reply(exchange, 200);
                        } else {
                            redirect(exchange, 302, "/chain/" + (left - 1));
                        }
                    } else {
                        reply(exchange, 404);
                    }
                }
            }
        } finally {
            if (ANSWERED.get()) {
                ANSWERED.set(false);
            } else {
                inFlight.decrementAndGet();
            }
            exchange.close();
        }
    }

    /** Answers; from then on the request no longer counts as in flight (the client may send its next one). */
    private void reply(HttpExchange exchange, int status) throws IOException {
        answered();
        exchange.sendResponseHeaders(status, -1);
    }

    private void page(HttpExchange exchange, int status, String html) throws IOException {
        answered();
        byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void redirect(HttpExchange exchange, int status, String to) throws IOException {
        answered();
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(status, -1);
    }

    /** One gibibyte, offered in 64 KiB pieces until the client hangs up; HEAD is refused to force a GET. */
    private void huge(HttpExchange exchange, boolean head) throws IOException {
        if (head) {
            reply(exchange, 405);
            return;
        }
        answered();
        exchange.sendResponseHeaders(200, 1L << 30);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream body = exchange.getResponseBody()) {
            for (long sent = 0; sent < (1L << 30); sent += chunk.length) {
                body.write(chunk);
                hugeBytesSent.addAndGet(chunk.length);
            }
        } catch (IOException clientHungUp) {
            // expected: the checker closes the stream after the status line
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

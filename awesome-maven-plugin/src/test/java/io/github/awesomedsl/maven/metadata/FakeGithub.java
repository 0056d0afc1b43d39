package io.github.awesomedsl.maven.metadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake GitHub API on loopback: GraphQL ({@code POST /graphql}, aliases {@code rN: repository(owner:,
 * name:)}) and REST ({@code GET /repos/o/n}, 301 for a renamed repository), answering from the repositories a
 * test puts in. It counts requests, remembers what each GraphQL query asked for, and plays scripted faults
 * (a 502, a secondary rate limit, an exhausted limit) before answering normally.
 */
final class FakeGithub implements AutoCloseable {

    /** A repository as the fake knows it. */
    record Repo(String fullName, long stars, String pushed, boolean archived, String license) {}

    /** An answer played instead of the real one, once. */
    record Fault(int status, Map<String, String> headers, String body) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ALIAS =
            Pattern.compile("(r\\d+): repository\\(owner: \"([^\"]+)\", name: \"([^\"]+)\"\\)");

    private final HttpServer server;
    final Map<String, Repo> repos = new ConcurrentHashMap<>();
    /** old owner/name (lower case) to the current one */
    final Map<String, String> renamed = new ConcurrentHashMap<>();

    final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    final AtomicInteger requests = new AtomicInteger();
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<Long> starts = new CopyOnWriteArrayList<>();
    volatile long delayMillis;
    /** Requests answered normally before the faults are played. */
    final AtomicInteger faultsAfter = new AtomicInteger();

    FakeGithub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void add(String fullName, long stars, String pushed, boolean archived, String license) {
        repos.put(fullName.toLowerCase(Locale.ROOT), new Repo(fullName, stars, pushed, archived, license));
    }

    void rename(String from, String to) {
        renamed.put(from.toLowerCase(Locale.ROOT), to.toLowerCase(Locale.ROOT));
    }

    private Repo find(String fullName) {
        String key = fullName.toLowerCase(Locale.ROOT);
        return repos.get(renamed.getOrDefault(key, key));
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        starts.add(System.nanoTime());
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            Fault fault = faultsAfter.getAndDecrement() > 0 ? null : faults.poll();
            if (fault != null) {
                fault.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                send(exchange, fault.status(), fault.body());
                return;
            }
            exchange.getResponseHeaders().add("x-ratelimit-remaining", "4999");
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.endsWith("/graphql")) {
                graphql(exchange, JSON.readTree(request).path("query").asText());
            } else if (path.startsWith("/repos/")) {
                rest(exchange, path.substring("/repos/".length()));
            } else {
                send(exchange, 404, "{\"message\":\"Not Found\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void graphql(HttpExchange exchange, String query) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode data = root.putObject("data");
        ArrayNode errors = JSON.createArrayNode();
        Matcher m = ALIAS.matcher(query);
        int asked = 0;
        while (m.find()) {
            asked++;
            Repo repo = find(m.group(2) + "/" + m.group(3));
            if (repo == null) {
                data.putNull(m.group(1));
                ObjectNode error = errors.addObject();
                error.put("type", "NOT_FOUND");
                error.putArray("path").add(m.group(1));
                error.put(
                        "message",
                        "Could not resolve to a Repository with the name '" + m.group(2) + "/" + m.group(3) + "'.");
            } else {
                ObjectNode node = data.putObject(m.group(1));
                node.put("nameWithOwner", repo.fullName());
                node.put("stargazerCount", repo.stars());
                node.put("forkCount", 3);
                node.putObject("issues").put("totalCount", 2);
                node.put("pushedAt", repo.pushed());
                node.put("isArchived", repo.archived());
                node.put("isDisabled", false);
                if (repo.license() == null) {
                    node.putNull("licenseInfo");
                } else {
                    node.putObject("licenseInfo").put("spdxId", repo.license());
                }
                node.put("description", "A tool\u001b[31m that works");
                node.putObject("primaryLanguage").put("name", "Java");
            }
        }
        batchSizes.add(asked);
        if (!errors.isEmpty()) {
            root.set("errors", errors);
        }
        send(exchange, 200, JSON.writeValueAsString(root));
    }

    private void rest(HttpExchange exchange, String fullName) throws IOException {
        String key = fullName.toLowerCase(Locale.ROOT);
        if (renamed.containsKey(key)) {
            exchange.getResponseHeaders().add("Location", url() + "/repos/" + renamed.get(key));
            send(exchange, 301, "{\"message\":\"Moved Permanently\"}");
            return;
        }
        Repo repo = repos.get(key);
        if (repo == null) {
            send(exchange, 404, "{\"message\":\"Not Found\"}");
            return;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("full_name", repo.fullName());
        node.put("stargazers_count", repo.stars());
        node.put("forks_count", 3);
        node.put("open_issues_count", 2);
        node.put("pushed_at", repo.pushed());
        node.put("archived", repo.archived());
        node.put("disabled", false);
        if (repo.license() == null) {
            node.putNull("license");
        } else {
            node.putObject("license").put("spdx_id", repo.license());
        }
        node.put("description", "A tool that works");
        node.put("language", "Java");
        send(exchange, 200, JSON.writeValueAsString(node));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What the fake knows, as the GraphQL-side names (for assertions). */
    List<String> names() {
        return new ArrayList<>(repos.keySet());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

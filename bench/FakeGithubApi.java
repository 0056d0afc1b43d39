import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake GitHub GraphQL API for bench/metadata: java FakeGithubApi.java PORT LATENCY_MS. Every repository
 * asked for exists (synthetic numbers, for timing only); each answer comes after LATENCY_MS. Prints "ready",
 * then the request count on every request, so the script can read how many were sent.
 */
public class FakeGithubApi {
  private static final Pattern ALIAS = Pattern.compile("(r\\d+): repository\\(owner: \\\\\"([^\\\\\"]+)\\\\\", name: \\\\\"([^\\\\\"]+)\\\\\"\\)");

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    long latency = Long.parseLong(args[1]);
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/graphql", exchange -> {
      String query = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder data = new StringBuilder("{\"data\":{");
      Matcher m = ALIAS.matcher(query);
      boolean first = true;
      while (m.find()) {
        data.append(first ? "" : ",").append('"').append(m.group(1)).append("\":{\"nameWithOwner\":\"")
            .append(m.group(2)).append('/').append(m.group(3)).append("\",\"stargazerCount\":").append(m.group(3).length() * 37)
            .append(",\"forkCount\":1,\"issues\":{\"totalCount\":0},\"pushedAt\":\"2026-10-14T08:00:00Z\",\"isArchived\":false,"
                + "\"isDisabled\":false,\"licenseInfo\":{\"spdxId\":\"MIT\"},\"description\":\"bench\",\"primaryLanguage\":{\"name\":\"Java\"}}");
        first = false;
      }
      byte[] body = data.append("}}").toString().getBytes(StandardCharsets.UTF_8);
      try {
        Thread.sleep(latency);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("x-ratelimit-remaining", "4999");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      System.out.println("requests " + requests.incrementAndGet());
    });
    server.start();
    System.out.println("ready");
  }
}

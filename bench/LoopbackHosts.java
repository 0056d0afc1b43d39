import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * Loopback "hosts" for the link-check benchmark: java LoopbackHosts.java HOSTS LINKS LATENCY_MS PORT README.
 * Starts an HTTP server on 127.0.1.1 … 127.0.1.HOSTS (each a distinct host to a checker), each answering
 * every request with 200 after LATENCY_MS, writes a README linking LINKS distinct URLs spread evenly over
 * the hosts, prints "ready" and serves until killed.
 */
public class LoopbackHosts {
  public static void main(String[] args) throws Exception {
    int hosts = Integer.parseInt(args[0]);
    int links = Integer.parseInt(args[1]);
    long latency = Long.parseLong(args[2]);
    int port = Integer.parseInt(args[3]);
    for (int h = 1; h <= hosts; h++) {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.1." + h), port), 256);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/", exchange -> {
        try {
          Thread.sleep(latency);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
      });
      server.start();
    }
    StringBuilder readme = new StringBuilder("# Awesome Benchmark\n\n## Links\n\n");
    for (int i = 0; i < links; i++) {
      int host = i % hosts + 1;
      readme.append("- [Link ").append(i).append("](http://127.0.1.").append(host).append(':').append(port)
          .append("/page/").append(i).append(") - Link number ").append(i).append(".\n");
    }
    Files.writeString(Path.of(args[4]), readme);
    System.out.println("ready");
    Thread.currentThread().join();
  }
}

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Times a site written by awesome:site in headless Chromium, with the browser's Performance API:
 * java -cp SELENIUM SiteTiming.java SITE_DIR [RUNS]. Prints the page's size on disk (what a server transfers,
 * uncompressed), first contentful paint, time to interactive (the page's "awesome-ready" mark), and the
 * median of RUNS keystrokes of a search and of RUNS facet clicks, each from the event to the updated results.
 */
public class SiteTiming {
  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]).toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long bytes;
    try (Stream<Path> files = Files.list(site)) {
      bytes = files.filter(p -> !p.getFileName().toString().equals("data.json")).mapToLong(p -> p.toFile().length()).sum();
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900",
        "--user-data-dir=" + Files.createTempDirectory("chromium"));
    ChromeDriver browser = new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
    try {
      JavascriptExecutor js = browser;
      List<Double> paints = new ArrayList<>();
      List<Double> ready = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        browser.get(site.resolve("index.html").toUri().toString());
        while (!"true".equals(js.executeScript("return document.documentElement.getAttribute('data-ready')"))) {
          Thread.sleep(5);
        }
        Thread.sleep(100); // let the first paint be recorded
        ready.add(((Number) js.executeScript("return performance.getEntriesByName('awesome-ready')[0].startTime")).doubleValue());
        Object fcp = js.executeScript(
            "var e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : null");
        if (fcp != null) {
          paints.add(((Number) fcp).doubleValue());
        }
      }
      List<Double> keys = new ArrayList<>();
      String[] queries = {"t", "to", "too", "tool", "tool 1", "tool 12", "tool 1", "tool", "too", "to"};
      for (int i = 0; i < runs; i++) {
        String q = queries[i % queries.length];
        keys.add(((Number) js.executeScript(
            "var q = document.getElementById('q'); q.value = arguments[0]; var t = performance.now();"
                + " q.dispatchEvent(new Event('input')); return performance.now() - t;", q)).doubleValue());
      }
      js.executeScript("var q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input'));");
      List<Double> clicks = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        clicks.add(((Number) js.executeScript(
            "var box = document.querySelector('#facets fieldset:nth-of-type(2) input'); var t = performance.now();"
                + " box.click(); return performance.now() - t;")).doubleValue());
      }
      System.out.printf("page: %,d bytes (index.html, site.css, site.js)%n", bytes);
      System.out.printf("first contentful paint: %.0f ms (median of %d loads)%n", median(paints), paints.size());
      System.out.printf("interactive (awesome-ready): %.0f ms (median of %d loads)%n", median(ready), ready.size());
      System.out.printf("search keystroke: %.1f ms (median of %d)%n", median(keys), keys.size());
      System.out.printf("facet click: %.1f ms (median of %d)%n", median(clicks), clicks.size());
    } finally {
      browser.quit();
    }
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes docs/PERFORMANCE.md from what bench/performance measured: java … PerformanceReport.java OUT RUNS. */
public class PerformanceReport {

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    String runs = args[1];
    StringBuilder md = new StringBuilder();
    md.append("# Performance\n\n")
        .append("Every figure below comes from one run of `bench/performance` (it rewrites this file), on the machine\n")
        .append("described here; whole-process figures are medians of ").append(runs).append(" runs, peers measured in the same run.\n\n")
        .append("## Machine\n\n");
    for (String line : Files.readAllLines(out.resolve("machine.txt"))) {
      md.append("- ").append(line).append('\n');
    }

    // in-JVM stages
    JsonNode jmh = new ObjectMapper().readTree(out.resolve("jmh.json").toFile());
    Map<String, Map<Integer, double[]>> stages = new LinkedHashMap<>(); // stage -> entries -> {ms, bytes}
    for (JsonNode result : jmh) {
      String stage = result.get("benchmark").asText().replaceAll(".*\\.", "");
      int entries = result.at("/params/entries").asInt();
      double ms = result.at("/primaryMetric/score").asDouble();
      double bytes = result.at("/secondaryMetrics/gc.alloc.rate.norm/score").asDouble();
      stages.computeIfAbsent(stage, s -> new TreeMap<>()).put(entries, new double[] {ms, bytes});
    }
    md.append("\n## In-JVM stages (JMH)\n\n")
        .append("`java -jar bench/jmh/target/benchmarks.jar PipelineBenchmark -wi 4 -w 1 -i 5 -r 1 -prof gc`, each fork with a\n")
        .append("pre-touched heap (`-Xms4g -Xmx4g -XX:+AlwaysPreTouch`, in the benchmark's `@Fork`: on this virtual machine the\n")
        .append("first touch of fresh memory is slow and erratic, and made single iterations at 100,000 entries twice as slow), on lists made by\n")
        .append("`GeneratedLists` (sections of 1,000 entries grouped by year, each with a venue, two links and a description;\n")
        .append("a 100-row table in every tenth section). Time per operation, and per entry; allocation per entry.\n\n")
        .append("| stage | 1,000 | 10,000 | 100,000 | µs/entry at 1k → 10k → 100k | bytes/entry at 100k | target at 100k |\n")
        .append("|---|---:|---:|---:|---|---:|---|\n");
    Map<String, String> targets = Map.of("render", "< 150 ms", "validate", "< 200 ms", "importRead", "< 1 s", "lint", "< 1 s");
    for (Map.Entry<String, Map<Integer, double[]>> stage : stages.entrySet()) {
      Map<Integer, double[]> bySize = stage.getValue();
      List<String> perEntry = new ArrayList<>();
      md.append("| ").append(stage.getKey());
      for (int n : new int[] {1000, 10000, 100000}) {
        double[] v = bySize.get(n);
        md.append(" | ").append(v == null ? "–" : String.format("%.1f ms", v[0]));
        if (v != null) {
          perEntry.add(String.format("%.2f", v[0] * 1000 / n));
        }
      }
      double[] big = bySize.get(100000);
      String target = targets.getOrDefault(stage.getKey(), "");
      if (stage.getKey().equals("codegen") && big != null) {
        // issue 22: at most 20 µs and 20 KB allocated per entry, at every size
        boolean met = bySize.entrySet().stream()
            .allMatch(e -> e.getValue()[0] * 1000 / e.getKey() <= 20 && e.getValue()[1] / e.getKey() <= 20_000);
        target = "≤ 20 µs and ≤ 20 KB per entry" + (met ? " (met)" : " (**not met**)");
      } else if (!target.isEmpty() && big != null) {
        double limit = target.contains("150") ? 150 : target.contains("200") ? 200 : 1000;
        target += big[0] <= limit ? " (met)" : " (**not met**)";
      }
      md.append(" | ").append(String.join(" → ", perEntry))
          .append(" | ").append(big == null ? "–" : String.format("%.0f", big[1] / 100000))
          .append(" | ").append(target).append(" |\n");
    }
    md.append("\nA stage grows linearly when its µs/entry stays flat from 1k to 100k.\n");
    md.append(catalog(out));

    // validation growth
    Map<String, Map<Integer, double[]>> growth = new LinkedHashMap<>(); // lists -> entries -> {ms, error}
    for (JsonNode result : new ObjectMapper().readTree(out.resolve("jmh-validation.json").toFile())) {
      growth.computeIfAbsent(result.at("/params/lists").asText(), l -> new TreeMap<>()).put(result.at("/params/entries").asInt(),
          new double[] {result.at("/primaryMetric/score").asDouble(), result.at("/primaryMetric/scoreError").asDouble()});
    }
    md.append("\n## Validation growth\n\n")
        .append("`java -jar bench/jmh/target/benchmarks.jar ValidationBenchmark -wi 4 -w 1 -i 5 -r 1`: all rules over a generated list\n")
        .append("(target, issue 4: under 200 ms at 100,000 entries, and linear growth from 10,000). *same* validates one list at every\n")
        .append("operation, so a 10,000-entry model (about 10 MB) stays in the processor's caches between operations and a\n")
        .append("100,000-entry one cannot; *rotating* validates distinct lists in turn, 200,000 entries in all, so that no list is in\n")
        .append("cache when it is validated. Mean ± 99.9% error.\n\n")
        .append("| lists | 10,000 | 100,000 | growth (linear: ×10) |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, Map<Integer, double[]>> mode : growth.entrySet()) {
      double[] small = mode.getValue().get(10000);
      double[] large = mode.getValue().get(100000);
      md.append(String.format("| %s | %.2f ± %.2f ms | %.1f ± %.1f ms | ×%.1f |%n", mode.getKey(), small[0], small[1], large[0], large[1],
          large[0] / small[0]));
    }

    // whole process
    md.append("\n## Whole process, side by side\n\n")
        .append("| what | awesome-dsl | peak | peer | peak | ratio |\n|---|---:|---:|---:|---:|---:|\n");
    for (int n : new int[] {3000, 10000, 50000}) {
      long[] ours = median(out.resolve("lint-ours-" + n + ".txt"));
      long[] peer = median(out.resolve("lint-peer-" + n + ".txt"));
      md.append(String.format("| lint, %,d items (`mvn -o -q …:lint -Dawesome.file=README.md` vs `awesome-lint README.md` 2.3.0) "
          + "| %,d ms | %d MiB | %,d ms | %d MiB | %.1fx |%n", n, ours[0], ours[1] / 1024, peer[0], peer[1] / 1024, (double) peer[0] / ours[0]));
    }
    long[] links = median(out.resolve("links-ours.txt"));
    long[] mlc = median(out.resolve("links-peer.txt"));
    md.append(String.format("| links, 1,000 URLs over 50 loopback hosts, 100 ms latency (`mvn -o -q …:links -Dawesome.file=README.md`, "
        + "fresh cache, vs `markdown-link-check -q README.md` 3.15.0) | %,d ms | %d MiB | %,d ms | %d MiB | %.1fx |%n",
        links[0], links[1] / 1024, mlc[0], mlc[1] / 1024, (double) mlc[0] / links[0]));
    long[] linkinator = median(out.resolve("links-linkinator.txt"));
    md.append(String.format("| links, the same README (vs `linkinator README.md --markdown` 7.6.1: 100 requests in flight, no limit "
        + "per host, no interval) | %,d ms | %d MiB | %,d ms | %d MiB | %.2fx |%n",
        links[0], links[1] / 1024, linkinator[0], linkinator[1] / 1024, (double) linkinator[0] / links[0]));
    // the bound of the politeness awesome:links keeps (bench/links computes the same)
    int perHostLinks = 1000 / 50;
    long hostBound = perHostLinks * 100L + (perHostLinks - 1) * 100L;
    long globalBound = (1000 * 100L + 31) / 32;
    long limit = Math.max(hostBound, globalBound);
    md.append("\nThe politeness limit of the link check (32 requests in flight; per host one request at a time, each starting\n")
        .append("100 ms after the previous one was answered): per host 20 × 100 ms of latency + 19 × 100 ms of interval = ")
        .append(String.format("%,d ms, globally 1,000 × 100 ms / 32 = %,d ms; awesome:links takes %.2fx the larger, Maven's start-up"
            + " included (target, issue 22: at most 1.5x). linkinator is faster by keeping no politeness: a host gets up to 100"
            + " requests at once.%n", hostBound, globalBound, (double) links[0] / limit));
    long[] lint3k = median(out.resolve("lint-ours-3000.txt"));
    long[] lintStart = median(out.resolve("lint-startup.txt"));
    md.append(String.format("%n`awesome:lint` on 3,000 items: %,d ms, of which Maven's start-up with the plugin loaded (`mvn -o -q …:help`"
        + " in the same folder) is %,d ms: the plugin's own share is %,d ms.%n", lint3k[0], lintStart[0], lint3k[0] - lintStart[0]));
    long[] render = median(out.resolve("render-example.txt"));
    long[] baseline = median(out.resolve("maven-baseline.txt"));
    md.append(String.format("%n`mvn -o -q awesome:render` on the example list (75 items, warm local repository, unchanged list): %,d ms "
        + "(median of 5), of which Maven's own start-up (`mvn -o -q validate -Dawesome.skip=true`) is %,d ms.%n", render[0], baseline[0]));
    md.append("\n## Plugin overhead\n\n")
        .append("What `mvn -o -q awesome:render` adds to Maven's own start-up (`mvn -o -q validate`) in a list repository made by\n")
        .append("`bench/GenerateListProject.java` (entries in methods of 200 and classes of 1,000, 1.1 MB of source at 10,000\n")
        .append("entries): *cold*, javac compiles the list (no `target/`); *warm*, the list is unchanged since the plugin last\n")
        .append("compiled it; *after compile*, `mvn compile` has put the list in `target/classes` (`target/awesome` deleted);\n")
        .append("*one entry edited*, an entry in the middle of the list was edited since the plugin's last compilation, which\n")
        .append("compiles the edited class only. javac runs in a JVM of its own (`awesome.forkJavac`, C1 only, the serial\n")
        .append("collector) that stays as a javac daemon (`awesome.javacDaemon`): a cold build starts it (no daemon runs before\n")
        .append("any cold run), an edit finds it warm from the build before; *no daemon* is the same edit with\n")
        .append("`-Dawesome.javacDaemon=false`, a JVM started for the compile. javac's time is the plugin's own figure (its summary\n")
        .append("line), the JVM's start included; *the rest* is the cold overhead without it. *javac in Maven's JVM* is the cold\n")
        .append("compile with `-Dawesome.forkJavac=false`, in the same run. Peak: the largest process's resident memory (Maven's;\n")
        .append("the javac JVM's is smaller). The repository has the `.mvn/jvm.config` that `awesome:init` and `awesome:import`\n")
        .append("write (`-XX:TieredStopAtLevel=1`: Maven's JVM compiles with C1 only); *Maven's default JIT* is Maven alone and\n")
        .append("the cold render again without that file, in the same run. Targets (issue 22): the rest at most 0.4 s at 10,000\n")
        .append("entries; cold overhead at most 1.5 s at 3,000 entries; one entry edited at most 1.0 s at 10,000 entries.\n\n")
        .append("| entries | Maven alone | cold overhead (javac + the rest) | Maven's default JIT: alone, cold overhead (javac + the rest) | javac in Maven's JVM | warm overhead | after compile | one entry edited (javac) | edited, no daemon (javac) | peak (cold) |\n")
        .append("|---:|---:|---|---|---:|---:|---:|---|---|---:|\n");
    for (int n : new int[] {100, 3000, 10000}) {
      long[] base = median(out.resolve("overhead-base-" + n + ".txt"));
      long[] cold = median(out.resolve("overhead-cold-" + n + ".txt"));
      long[] warm = median(out.resolve("overhead-warm-" + n + ".txt"));
      long[] built = median(out.resolve("overhead-built-" + n + ".txt"));
      long[] edit = median(out.resolve("overhead-edit-" + n + ".txt"));
      long javac = median(out.resolve("overhead-javac-" + n + ".txt"))[0];
      long editJavac = median(out.resolve("overhead-editjavac-" + n + ".txt"))[0];
      long inProcessJavac = median(out.resolve("overhead-inprocessjavac-" + n + ".txt"))[0];
      long[] editFork = median(out.resolve("overhead-editfork-" + n + ".txt"));
      long editForkJavac = median(out.resolve("overhead-editforkjavac-" + n + ".txt"))[0];
      long[] baseDefault = median(out.resolve("overhead-basedefault-" + n + ".txt"));
      long[] coldDefault = median(out.resolve("overhead-colddefault-" + n + ".txt"));
      long javacDefault = median(out.resolve("overhead-javacdefault-" + n + ".txt"))[0];
      long coldOverhead = cold[0] - base[0];
      long coldDefaultOverhead = coldDefault[0] - baseDefault[0];
      md.append(String.format("| %,d | %,d ms | %,d ms (%,d + %,d) | %,d ms, %,d ms (%,d + %,d) | %,d ms | %,d ms | %,d ms | %,d ms (%,d) | %,d ms (%,d) | %d MiB |%n", n,
          base[0], coldOverhead, javac, coldOverhead - javac, baseDefault[0], coldDefaultOverhead, javacDefault,
          coldDefaultOverhead - javacDefault, inProcessJavac, warm[0] - base[0], built[0] - base[0],
          edit[0] - base[0], editJavac, editFork[0] - base[0], editForkJavac, cold[1] / 1024));
    }
    md.append(metadata(out.resolve("metadata")));
    md.append(site(out));
    md.append("\nCommands: `bench/performance` runs all of the above; `bench/lint`, `bench/links`, `bench/plugin-overhead`,\n")
        .append("`bench/catalog-compile`, `bench/metadata`, `bench/site` and `bench/run` run single parts.\n");
    System.out.print(md);
  }

  /**
   * The catalog's generation and javac time now and with the generator of commit 95015fd (before issue 22),
   * both measured in this run by bench/CatalogCompileTime.java.
   */
  static String catalog(Path out) throws Exception {
    Map<Integer, long[]> now = catalogRows(out.resolve("catalog-now.txt"));
    Map<Integer, long[]> before = catalogRows(out.resolve("catalog-before.txt"));
    StringBuilder md = new StringBuilder("\n## The catalog's javac time\n\n")
        .append("`bench/CatalogCompileTime.java` (`bench/catalog-compile`): the typed catalog of a generated list (sections of\n")
        .append("1,000 entries, a venue, a year, a paper and a code link and a description each) generated, then compiled by javac\n")
        .append("in the same JVM after a warm-up, medians of 3; *before* is the generator of commit 95015fd (one constructor call\n")
        .append("per entry, every `Optional` and `List.of` spelled out), built and run in this same run. Target (issue 22): javac's\n")
        .append("time halved at 20,000 entries.\n\n")
        .append("| entries | source now | javac now | source before | javac before | javac now / before |\n")
        .append("|---:|---:|---:|---:|---:|---:|\n");
    for (int n : now.keySet()) {
      long[] a = now.get(n);
      long[] b = before.get(n);
      md.append(String.format("| %,d | %,d KB | %,d ms | %,d KB | %,d ms | %.2f%s |%n", n, a[2] / 1024, a[1], b[2] / 1024, b[1],
          (double) a[1] / b[1], n == 20000 ? ((double) a[1] / b[1] <= 0.5 ? " (met)" : " (**not met**)") : ""));
    }
    return md.toString();
  }

  /** entries → {generate ms, javac ms, source bytes}, from CatalogCompileTime's table. */
  private static Map<Integer, long[]> catalogRows(Path file) throws Exception {
    Map<Integer, long[]> rows = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 4 && f[0].matches("\\d+")) {
        rows.put(Integer.parseInt(f[0]), new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
      }
    }
    return rows;
  }

  /** The site section: bench/SiteTiming.java's figures for the example list and 10,000 generated entries. */
  static String site(Path out) throws Exception {
    StringBuilder md = new StringBuilder("\n## The site\n\n")
        .append("Pages written by `awesome:site`, opened from `file://` in Debian's headless Chromium and timed with the browser's\n")
        .append("Performance API (`bench/SiteTiming.java`, `bench/site`): first contentful paint and the page's `awesome-ready` mark\n")
        .append("(data parsed, results and facets drawn), median of 5 loads; a search keystroke and a facet click from the event\n")
        .append("to the end of the update of results and counts (layout and paint not included), median of 20. Targets (issue 21):\n")
        .append("the example list under 150 KB and first render under 200 ms; 10,000 entries interactive under 1 s, each update\n")
        .append("under 50 ms.\n\n")
        .append("| page | size (uncompressed) | first paint | interactive | keystroke | facet click |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    for (String[] page : new String[][] {{"the example list", "site-example.txt"}, {"generated, 10,000 entries", "site-generated.txt"}}) {
      Map<String, String> figures = new LinkedHashMap<>();
      for (String line : Files.readAllLines(out.resolve(page[1]))) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          figures.put(line.substring(0, colon), line.substring(colon + 2).replaceAll(" \\(.*", ""));
        }
      }
      md.append("| ").append(page[0]);
      for (String key : List.of("page", "first contentful paint", "interactive (awesome-ready)", "search keystroke", "facet click")) {
        md.append(" | ").append(figures.getOrDefault(key, "–"));
      }
      md.append(" |\n");
    }
    return md.toString();
  }

  /** The repository-metadata section: bench/metadata's medians beside hecat's pacing. */
  static String metadata(Path dir) throws Exception {
    long[] fetch = median(dir.resolve("fresh-fetch.txt"));
    long[] lock = median(dir.resolve("fresh-lock.txt"));
    String[] requests = Files.readString(dir.resolve("requests.txt")).trim().split(" ");
    return String.format("%n## Repository metadata%n%n"
        + "`mvn -o -q awesome:metadata` on a generated list linking 1,400 GitHub repositories, against a fake GitHub GraphQL API on\n"
        + "loopback that answers each request after 100 ms (`bench/metadata`; whole process, Maven's start-up included).\n"
        + "Targets (issue 19): at most 10 s with no lock, at most 2 s with a fresh lock.%n%n"
        + "| lock | time | peak | requests |%n|---|---:|---:|---:|%n"
        + "| none (every repository fetched, 100 per GraphQL query) | %,d ms | %d MiB | %s |%n"
        + "| fresh (`maxAgeDays` 7: nothing fetched) | %,d ms | %d MiB | %s |%n%n"
        + "hecat's pacing for the same list: batches of 25 repositories with a 5 s sleep after each, 56 batches, 55 sleeps:\n"
        + "275 s of sleeping before any request time.%n",
        fetch[0], fetch[1] / 1024, requests[0], lock[0], lock[1] / 1024, requests[1]);
  }

  /** Median wall ms and median peak KiB of a file of "ms kb" lines. */
  private static long[] median(Path file) throws Exception {
    List<long[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2) {
        rows.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
      } else if (parts.length == 1 && !parts[0].isEmpty()) { // a time alone (javac's, from the summary line)
        rows.add(new long[] {Long.parseLong(parts[0]), 0});
      }
    }
    long[] ms = rows.stream().mapToLong(r -> r[0]).sorted().toArray();
    long[] kb = rows.stream().mapToLong(r -> r[1]).sorted().toArray();
    return new long[] {ms[ms.length / 2], kb[kb.length / 2]};
  }
}

import io.github.awesomedsl.maven.output.code.CatalogGenerator;
import io.github.awesomedsl.maven.output.code.CatalogWriter;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Venue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.tools.ToolProvider;

/**
 * Generation + javac time of a typed catalog: java -cp … bench/CatalogCompileTime.java DIR N… (see
 * bench/catalog-compile). Each size runs 3 times in one JVM after a warm-up; medians are printed.
 * Lists have sections of 1,000 entries, like GeneratedLists in the JMH benchmarks.
 */
public class CatalogCompileTime {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String classpath = System.getProperty("java.class.path");
    run(dir, 200, classpath); // warm-up
    System.out.printf("%-8s %14s %10s %14s%n", "entries", "generate ms", "javac ms", "source bytes");
    for (String n : Arrays.copyOfRange(args, 1, args.length)) {
      long[] gen = new long[3];
      long[] javac = new long[3];
      long bytes = 0;
      for (int r = 0; r < 3; r++) {
        long[] t = run(dir, Integer.parseInt(n), classpath);
        gen[r] = t[0];
        javac[r] = t[1];
        bytes = t[2];
      }
      Arrays.sort(gen);
      Arrays.sort(javac);
      System.out.printf("%-8s %14d %10d %14d%n", n, gen[1], javac[1], bytes);
    }
  }

  private static long[] run(Path dir, int entries, String classpath) throws Exception {
    AwesomeList.Builder list = AwesomeList.builder("Awesome Benchmark").badge(Badge.AWESOME);
    Section.Builder section = null;
    for (int i = 0; i < entries; i++) {
      if (i % 1000 == 0) {
        section = Section.builder("Part " + i / 1000).groupByYear();
        list.section(section);
      }
      section.entry(Entry.builder("Tool number " + i + ": a generated entry").venue(Venue.ARXIV).year(2000 + i % 25)
          .paper(String.format("https://arxiv.org/abs/%02d01.%05d", i % 25, i)).code("https://github.com/bench/tool-" + i)
          .description("Does thing number " + i + "."));
    }
    AwesomeList built = list.build();
    Path src = dir.resolve("src-" + entries);
    Path out = Files.createDirectories(dir.resolve("classes-" + entries));
    long t0 = System.nanoTime();
    CatalogWriter.write(new CatalogGenerator("bench", "BenchCatalog", "bench.BenchList").generate(built), src);
    long t1 = System.nanoTime();
    Path file = src.resolve("bench/BenchCatalog.java");
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "-d", out.toString(), "-cp", classpath, "-proc:none", file.toString());
    long t2 = System.nanoTime();
    if (status != 0) {
      throw new IllegalStateException("javac failed");
    }
    return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, Files.size(file)};
  }
}

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A correct awesome-style README with N items (sections of 500, one H3 per 100), deterministic:
 * java bench/GenerateReadme.java N FILE.
 */
public class GenerateReadme {
  public static void main(String[] args) throws Exception {
    int items = Integer.parseInt(args[0]);
    StringBuilder toc = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (int s = 0; s * 500 < items; s++) {
      toc.append("- [Part ").append(s).append("](#part-").append(s).append(")\n");
      body.append("\n## Part ").append(s).append("\n");
      for (int i = s * 500; i < Math.min(items, (s + 1) * 500); i++) {
        if (i % 100 == 0) {
          toc.append("  - [Group ").append(i / 100).append("](#group-").append(i / 100).append(")\n");
          body.append("\n### Group ").append(i / 100).append("\n\n");
        }
        body.append("- [Tool ").append(i).append("](https://example.org/tools/").append(i)
            .append(") - Does thing number ").append(i).append(" well.\n");
      }
    }
    String readme = "# Awesome Benchmark [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
        + "> A generated list.\n\n## Contents\n\n" + toc + body;
    Files.writeString(Path.of(args[1]), readme);
  }
}

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a list repository with N generated entries: java GenerateListProject.java DIR N VERSION.
 * Entries are declared in methods of 200 and classes of 1,000 (one method or class would exceed the
 * JVM's 64 KiB code or 65,535-constant limits long before 10,000 entries), as a real large list would
 * be organised; the list class reaches them through -sourcepath. Like a repository awesome:init starts, it
 * has the plugin's .mvn/jvm.config (run it from the project's root, where that file is).
 */
public class GenerateListProject {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int entries = Integer.parseInt(args[1]);
    String version = args[2];
    Path src = dir.resolve("src/main/java/bench");
    Files.createDirectories(src);
    Files.writeString(dir.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>list-%d</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>io.github.awesomedsl</groupId>
              <artifactId>awesome-dsl</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
            <pluginManagement>
              <plugins>
                <plugin>
                  <artifactId>maven-resources-plugin</artifactId>
                  <version>3.3.1</version>
                </plugin>
                <plugin>
                  <artifactId>maven-compiler-plugin</artifactId>
                  <version>3.13.0</version>
                </plugin>
              </plugins>
            </pluginManagement>
            <plugins>
              <plugin>
                <groupId>io.github.awesomedsl</groupId>
                <artifactId>awesome-maven-plugin</artifactId>
                <version>%s</version>
                <configuration>
                  <listClass>bench.BenchList</listClass>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(entries, version, version));
    int perMethod = 200; // a method's bytecode must stay under 64 KiB
    int perClass = 1000; // a class's constant pool must stay under 65,535 entries
    int parts = (entries + perClass - 1) / perClass;
    StringBuilder java = new StringBuilder("""
        package bench;

        import static io.github.awesomedsl.dsl.AwesomeDsl.*;

        import io.github.awesomedsl.dsl.AwesomeListSource;
        import io.github.awesomedsl.model.*;

        public final class BenchList implements AwesomeListSource {
          @Override
          public AwesomeList define() {
            AwesomeList.Builder list = list("Awesome Benchmark").badge(Badge.AWESOME).description("Generated.");
        """);
    for (int p = 0; p < parts; p++) {
      java.append("    list.section(Part").append(p).append(".entries());\n");
      StringBuilder part = new StringBuilder("package bench;\n\nimport static io.github.awesomedsl.dsl.AwesomeDsl.*;\n\n"
          + "import io.github.awesomedsl.model.*;\n\nfinal class Part" + p + " {\n"
          + "  static Section.Builder entries() {\n    Section.Builder s = section(\"Part " + p + "\").groupByYear();\n");
      int from = p * perClass;
      int to = Math.min(entries, from + perClass);
      for (int m = from; m < to; m += perMethod) {
        part.append("    add").append(m).append("(s);\n");
      }
      part.append("    return s;\n  }\n");
      for (int m = from; m < to; m += perMethod) {
        part.append("\n  private static void add").append(m).append("(Section.Builder s) {\n");
        for (int i = m; i < Math.min(to, m + perMethod); i++) {
          int year = 2015 + i % 10; // a clean list: the arXiv id (yymm.nnnnn) says the same year
          part.append("    s.entry(entry(\"Tool number ").append(i).append("\").venue(Venue.ARXIV).year(")
              .append(year).append(").paper(\"https://arxiv.org/abs/").append(String.format("%02d%02d.%05d", year % 100, 1 + i % 12, i))
              .append("\").code(\"https://github.com/bench/tool-").append(i).append("\").description(\"Does thing ")
              .append(i).append(".\"));\n");
        }
        part.append("  }\n");
      }
      part.append("}\n");
      Files.writeString(src.resolve("Part" + p + ".java"), part);
    }
    java.append("    return list.build();\n  }\n}\n");
    Files.writeString(src.resolve("BenchList.java"), java);
    // the Maven JVM options awesome:init and awesome:import write into a new list repository
    Files.createDirectories(dir.resolve(".mvn"));
    Files.copy(Path.of("awesome-maven-plugin/src/main/resources/io/github/awesomedsl/maven/jvm.config"),
        dir.resolve(".mvn/jvm.config"), StandardCopyOption.REPLACE_EXISTING);
  }
}

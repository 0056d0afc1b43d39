package io.github.awesomedsl.maven.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every folder under {@code src/it} is run by the invoker: it has a pom.xml, or the POM's {@code pomIncludes}
 * names it (a folder holding only a README, for goals that need no project). An IT that is written but never
 * run proves nothing; two once sat here unrun.
 */
class EveryItRunsTest {

    @Test
    void everyIntegrationTestFolderIsIncluded() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        List<String> unrun;
        try (Stream<Path> folders = Files.list(Path.of("src/it"))) {
            unrun = folders.filter(Files::isDirectory)
                    .filter(dir -> !Files.exists(dir.resolve("pom.xml")))
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> !pom.contains("<pomInclude>" + name + "</pomInclude>"))
                    .toList();
        }
        assertThat(unrun)
                .as("IT folders the invoker never runs (add them to <pomIncludes>)")
                .isEmpty();
    }
}

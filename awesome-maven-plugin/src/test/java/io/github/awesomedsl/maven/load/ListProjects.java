package io.github.awesomedsl.maven.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.dsl.AwesomeListSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** List projects for the loader's tests: sources under {@code src/main/java} of a folder, and requests for them. */
final class ListProjects {

    private ListProjects() {}

    /** A request to load {@code listClass} of {@code project}, working in {@code work}, against the DSL's classes. */
    static LoadRequest request(Path project, String listClass, String work, Optional<Path> projectClasses)
            throws URISyntaxException {
        Path dsl = Path.of(AwesomeListSource.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return new LoadRequest(
                listClass,
                List.of(project.resolve("src/main/java")),
                List.of(dsl),
                Optional.of("17"),
                project.resolve(work),
                project,
                projectClasses);
    }

    static void source(Path project, String relativePath, String code) throws IOException {
        Path file = project.resolve("src/main/java").resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
    }

    /**
     * com.example.Split, a list of two sections, First (an entry titled {@code first}) and Second
     * ({@code second}), in classes of their own, titled "Awesome " and the constant Names.SHARED
     * ({@code sharedName}).
     */
    static void splitList(Path project, String first, String second, String sharedName) throws IOException {
        source(project, "com/example/Split.java", """
        package com.example;
        import static io.github.awesomedsl.dsl.AwesomeDsl.*;
        public final class Split implements io.github.awesomedsl.dsl.AwesomeListSource {
          public io.github.awesomedsl.model.AwesomeList define() {
            return list("Awesome " + Names.SHARED).section(First.part()).section(Second.part()).build();
          }
        }
        """);
        source(project, "com/example/Names.java", """
        package com.example;
        final class Names {
          static final String SHARED = "%s";
        }
        """.formatted(sharedName));
        source(project, "com/example/First.java", """
        package com.example;
        import static io.github.awesomedsl.dsl.AwesomeDsl.*;
        final class First {
          static io.github.awesomedsl.model.Section.Builder part() {
            return section("First").entry(entry("%s").url("https://first.example"));
          }
        }
        """.formatted(first));
        source(project, "com/example/Second.java", """
        package com.example;
        import static io.github.awesomedsl.dsl.AwesomeDsl.*;
        final class Second {
          static io.github.awesomedsl.model.Section.Builder part() {
            return section("Second").entry(entry("%s").url("https://second.example"));
          }
        }
        """.formatted(second));
    }

    /**
     * Asserts that the work folders {@code left} and {@code right} of {@code project} hold the same
     * compilation of {@link #splitList}: its class files byte for byte, and the manifest's records of the
     * sources (its first line, the setup, names each folder's output).
     */
    static void assertSameCompilation(Path project, String left, String right) throws IOException {
        for (String name : List.of("Split", "Names", "First", "Second")) {
            String file = "classes/com/example/" + name + ".class";
            assertThat(Files.readAllBytes(project.resolve(left).resolve(file)))
                    .as(name + ".class")
                    .isEqualTo(Files.readAllBytes(project.resolve(right).resolve(file)));
        }
        List<String> leftSources = Files.readAllLines(project.resolve(left).resolve("classes.manifest"));
        List<String> rightSources = Files.readAllLines(project.resolve(right).resolve("classes.manifest"));
        assertThat(leftSources).hasSize(5);
        assertThat(leftSources.subList(1, 5)).isEqualTo(rightSources.subList(1, 5));
    }

    /** The titles of the list's items, section after section. */
    static List<String> titles(LoadedList loaded) {
        return loaded.list().sections().stream()
                .flatMap(section -> section.items().stream())
                .map(io.github.awesomedsl.model.Item::title)
                .toList();
    }
}

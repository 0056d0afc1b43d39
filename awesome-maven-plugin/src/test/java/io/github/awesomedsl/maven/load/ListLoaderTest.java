package io.github.awesomedsl.maven.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awesomedsl.dsl.AwesomeListSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListLoaderTest {

    @TempDir
    Path project;

    private LoadRequest request(String listClass) throws URISyntaxException {
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
                project.resolve("target/awesome"),
                project,
                Optional.of(project.resolve("target/classes")));
    }

    /** A list class com.example.{@code name} whose list is titled {@code title}. */
    private void listSource(String name, String title) throws IOException {
        source("com/example/" + name + ".java", """
        package com.example;
        public final class %s implements io.github.awesomedsl.dsl.AwesomeListSource {
          public io.github.awesomedsl.model.AwesomeList define() {
            return io.github.awesomedsl.dsl.AwesomeDsl.list("%s").build();
          }
        }
        """.formatted(name, title));
    }

    private void source(String relativePath, String code) throws IOException {
        Path file = project.resolve("src/main/java").resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
    }

    @Test
    void compilesTheListWithWhatItReferencesAndRunsDefine() throws Exception {
        source("com/example/Tools.java", """
        package com.example;
        import static io.github.awesomedsl.dsl.AwesomeDsl.*;
        import io.github.awesomedsl.dsl.AwesomeListSource;
        import io.github.awesomedsl.model.AwesomeList;
        public final class Tools implements AwesomeListSource {
          public AwesomeList define() {
            return list("Awesome Tools").section(section("Build").entry(Entries.maven())).build();
          }
        }
        """);
        source("com/example/Entries.java", """
        package com.example;
        import static io.github.awesomedsl.dsl.AwesomeDsl.entry;
        import io.github.awesomedsl.model.Entry;
        final class Entries {
          static Entry.Builder maven() {
            return entry("Maven").url("https://maven.apache.org");
          }
        }
        """);
        LoadedList loaded = new ListLoader().load(request("com.example.Tools"));
        assertThat(loaded.list().title()).isEqualTo("Awesome Tools");
        var maven = loaded.list().sections().get(0).items().get(0);
        assertThat(maven.location().fileName()).isEqualTo("Entries.java");
        assertThat(maven.location().line()).isEqualTo(6);
        assertThat(maven.location().relativePath()).isEqualTo("com/example/Entries.java");
        assertThat(loaded.source()).isEqualTo(project.resolve("src/main/java/com/example/Tools.java"));
    }

    @Test
    void aMissingClassNamesWhereItLooked() {
        assertThatThrownBy(() -> new ListLoader().load(request("com.example.Nope")))
                .isInstanceOf(ListLoadException.class)
                .hasMessageStartingWith(
                        "List class com.example.Nope not found. Looked for:\n  src/main/java/com/example/Nope.java\n")
                .hasMessageContaining("Check <listClass>");
    }

    @Test
    void anUnsetOrMalformedNameSaysWhatToConfigure() {
        assertThatThrownBy(() -> new ListLoader().load(request(" ")))
                .hasMessageContaining(
                        "<configuration><listClass>com.example.MyAwesomeList</listClass></configuration>");
        assertThatThrownBy(() -> new ListLoader().load(request("com.example.My-List")))
                .hasMessage(
                        "listClass \"com.example.My-List\" is not a fully qualified Java class name (e.g. com.example.MyAwesomeList).");
    }

    @Test
    void compileErrorsAreRelayedWithFileLineAndColumn() throws Exception {
        source("com/example/Bad.java", """
        package com.example;
        public final class Bad implements io.github.awesomedsl.dsl.AwesomeListSource {
          public io.github.awesomedsl.model.AwesomeList define() {
            return missing();
          }
        }
        """);
        assertThatThrownBy(() -> new ListLoader().load(request("com.example.Bad")))
                .hasMessageStartingWith(
                        "The list class does not compile:\n  src/main/java/com/example/Bad.java:[4,12] cannot find symbol");
    }

    @Test
    void withoutACompilerItSaysToUseAJdk() throws Exception {
        source("com/example/Any.java", "package com.example; public final class Any {}");
        assertThatThrownBy(() -> new ListLoader(null).load(request("com.example.Any")))
                .hasMessageStartingWith("Maven is running on a Java runtime without a compiler")
                .hasMessageContaining("run Maven with a JDK 17 or newer");
    }

    @Test
    void defineThrowingNamesTheExceptionAndTheListLine() throws Exception {
        source("com/example/Boom.java", """
        package com.example;
        public final class Boom implements io.github.awesomedsl.dsl.AwesomeListSource {
          public io.github.awesomedsl.model.AwesomeList define() {
            throw new IllegalStateException("no feed");
          }
        }
        """);
        assertThatThrownBy(() -> new ListLoader().load(request("com.example.Boom")))
                .hasMessageStartingWith("com.example.Boom.define() threw java.lang.IllegalStateException: no feed\n"
                        + "  at Boom.java:[4] (com.example.Boom.define)")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClassThatIsNotASourceOrHasNoPublicConstructorIsExplained() throws Exception {
        source("com/example/Plain.java", "package com.example; public final class Plain {}");
        assertThatThrownBy(() -> new ListLoader().load(request("com.example.Plain")))
                .hasMessageStartingWith(
                        "com.example.Plain does not implement io.github.awesomedsl.dsl.AwesomeListSource.");
        source("com/example/Hidden.java", """
        package com.example;
        public final class Hidden implements io.github.awesomedsl.dsl.AwesomeListSource {
          private Hidden() {}
          public io.github.awesomedsl.model.AwesomeList define() { return null; }
        }
        """);
        assertThatThrownBy(() -> new ListLoader().load(request("com.example.Hidden")))
                .hasMessage(
                        "com.example.Hidden needs a public constructor without parameters (the plugin creates it with one).");
    }

    @Test
    void aNullListIsExplained() throws Exception {
        source("com/example/Empty.java", """
        package com.example;
        public final class Empty implements io.github.awesomedsl.dsl.AwesomeListSource {
          public io.github.awesomedsl.model.AwesomeList define() { return null; }
        }
        """);
        assertThatThrownBy(() -> new ListLoader().load(request("com.example.Empty")))
                .hasMessage(
                        "com.example.Empty.define() returned null; return the list, ending the chain with .build().");
    }

    @Test
    void reusesTheLastCompilationUntilASourceChanges() throws Exception {
        listSource("Cached", "Awesome One");
        ListLoader loader = new ListLoader();
        assertThat(loader.load(request("com.example.Cached")).list().title()).isEqualTo("Awesome One");
        Path classFile = project.resolve("target/awesome/classes/com/example/Cached.class");
        long compiledAt = Files.getLastModifiedTime(classFile).toMillis();
        Files.setLastModifiedTime(classFile, java.nio.file.attribute.FileTime.fromMillis(compiledAt - 60_000));

        assertThat(loader.load(request("com.example.Cached")).list().title()).isEqualTo("Awesome One");
        assertThat(Files.getLastModifiedTime(classFile).toMillis())
                .as("javac did not run again")
                .isEqualTo(compiledAt - 60_000);

        listSource("Cached", "Awesome Two");
        assertThat(loader.load(request("com.example.Cached")).list().title()).isEqualTo("Awesome Two");
    }

    @Test
    void loadsFromTheProjectsClassesWhenTheyAreNewerThanEverySource() throws Exception {
        listSource("Built", "Awesome Compiled By The Build");
        Path classes = project.resolve("target/classes");
        Files.createDirectories(classes);
        Path dsl = Path.of(AwesomeListSource.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        int javac = javax.tools.ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-d",
                        classes.toString(),
                        "-cp",
                        dsl.toString(),
                        project.resolve("src/main/java/com/example/Built.java").toString());
        assertThat(javac).isZero();
        // the source now says something else, but the class file is newer: the build compiled after the edit
        listSource("Built", "Awesome In The Source");
        Path sourceFile = project.resolve("src/main/java/com/example/Built.java");
        Path classFile = classes.resolve("com/example/Built.class");
        Files.setLastModifiedTime(
                sourceFile,
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(classFile).toMillis() - 60_000));

        LoadedList loaded = new ListLoader().load(request("com.example.Built"));
        assertThat(loaded.list().title()).isEqualTo("Awesome Compiled By The Build");
        assertThat(loaded.compiledBy().label()).isEqualTo("project classes");
        assertThat(project.resolve("target/awesome/classes"))
                .as("javac did not run")
                .doesNotExist();

        Files.setLastModifiedTime(
                sourceFile,
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(classFile).toMillis() + 60_000)); // edited after the build
        loaded = new ListLoader().load(request("com.example.Built"));
        assertThat(loaded.list().title()).isEqualTo("Awesome In The Source");
        assertThat(loaded.compiledBy().label()).isEqualTo("javac");
    }

    @Test
    void projectClassesAreUpToDateOnlyWhenEverySourceHasANewerClass() throws Exception {
        source("com/example/A.java", "package com.example; public class A {}");
        source("com/example/B.java", "package com.example; class B {}");
        source("com/example/package-info.java", "package com.example;");
        Path classes = project.resolve("target/classes/com/example");
        Files.createDirectories(classes);
        Files.writeString(classes.resolve("A.class"), "");
        List<Path> roots = List.of(project.resolve("src/main/java"));
        Path out = project.resolve("target/classes");
        assertThat(ListLoader.upToDate(out, "com.example.A", roots))
                .as("B.java has no class")
                .isFalse();
        Files.writeString(classes.resolve("B.class"), "");
        assertThat(ListLoader.upToDate(out, "com.example.A", roots)).isTrue();
        assertThat(ListLoader.upToDate(out, "com.example.C", roots))
                .as("no list class")
                .isFalse();
        Files.setLastModifiedTime(
                project.resolve("src/main/java/com/example/B.java"),
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(classes.resolve("B.class")).toMillis() + 1_000));
        assertThat(ListLoader.upToDate(out, "com.example.A", roots))
                .as("B.java edited after the build")
                .isFalse();
    }

    @Test
    void unloadableProjectClassesAreCompiledInstead() throws Exception {
        listSource("Odd", "Awesome Odd");
        Path classFile = project.resolve("target/classes/com/example/Odd.class");
        Files.createDirectories(classFile.getParent());
        Files.write(classFile, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1}); // not a class file a JVM can load
        LoadedList loaded = new ListLoader().load(request("com.example.Odd"));
        assertThat(loaded.list().title()).isEqualTo("Awesome Odd");
        assertThat(loaded.compiledBy().label()).isEqualTo("javac");
    }
}

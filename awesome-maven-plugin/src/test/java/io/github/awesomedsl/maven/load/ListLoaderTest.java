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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListLoaderTest {

    @TempDir
    Path project;

    private LoadRequest request(String listClass) throws URISyntaxException {
        return ListProjects.request(
                project, listClass, "target/awesome", Optional.of(project.resolve("target/classes")));
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
        ListProjects.source(project, relativePath, code);
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

    @ParameterizedTest(name = "forkJavac={0}")
    @ValueSource(booleans = {true, false})
    void compileErrorsAreRelayedWithFileLineAndColumn(boolean fork) throws Exception {
        source("com/example/Bad.java", """
        package com.example;
        public final class Bad implements io.github.awesomedsl.dsl.AwesomeListSource {
          public io.github.awesomedsl.model.AwesomeList define() {
            return missing();
          }
        }
        """);
        assertThatThrownBy(() -> new ListLoader(fork).load(request("com.example.Bad")))
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

    // ---- incremental compilation: only what was edited, against the last compilation's classes ----

    /** A list of two sections whose entries come from classes of their own, as a large list is split. */
    private void splitList(String first, String second, String sharedName) throws IOException {
        ListProjects.splitList(project, first, second, sharedName);
    }

    private Path classFile(String simpleName) {
        return project.resolve("target/awesome/classes/com/example/" + simpleName + ".class");
    }

    /** Sets every compiled class a minute back, so that a class javac writes again shows a newer time. */
    private void ageClasses() throws IOException {
        try (var files = Files.walk(project.resolve("target/awesome/classes"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(
                        file,
                        java.nio.file.attribute.FileTime.fromMillis(
                                Files.getLastModifiedTime(file).toMillis() - 60_000));
            }
        }
    }

    private boolean rewritten(String simpleName) throws IOException {
        return Files.getLastModifiedTime(classFile(simpleName)).toMillis() > System.currentTimeMillis() - 30_000;
    }

    private static List<String> titles(LoadedList loaded) {
        return ListProjects.titles(loaded);
    }

    @Test
    void anEditedEntryRecompilesOnlyItsClass() throws Exception {
        splitList("Maven", "Gradle", "Tools");
        ListLoader loader = new ListLoader();
        assertThat(loader.load(request("com.example.Split")).compiledBy()).isEqualTo(LoadedList.Classes.JAVAC);
        ageClasses();

        splitList("Apache Maven", "Gradle", "Tools");
        LoadedList loaded = loader.load(request("com.example.Split"));
        assertThat(loaded.compiledBy()).isEqualTo(LoadedList.Classes.INCREMENTAL);
        assertThat(titles(loaded)).containsExactly("Apache Maven", "Gradle");
        assertThat(rewritten("First")).as("the edited class is compiled").isTrue();
        assertThat(rewritten("Second") || rewritten("Split") || rewritten("Names"))
                .as("no other class is compiled")
                .isFalse();
        // and the next build reuses that compilation
        assertThat(loader.load(request("com.example.Split")).compiledBy())
                .isEqualTo(LoadedList.Classes.LAST_COMPILATION);
    }

    @Test
    void aChangedConstantThatAnotherClassUsesRecompilesBoth() throws Exception {
        splitList("Maven", "Gradle", "Tools");
        ListLoader loader = new ListLoader();
        loader.load(request("com.example.Split"));
        ageClasses();

        splitList("Maven", "Gradle", "Builds"); // javac copied "Tools" into Split.class: it must be compiled again
        LoadedList loaded = loader.load(request("com.example.Split"));
        assertThat(loaded.compiledBy()).isEqualTo(LoadedList.Classes.JAVAC);
        assertThat(loaded.list().title()).isEqualTo("Awesome Builds");
        assertThat(rewritten("Names") && rewritten("Split")).isTrue();
    }

    @Test
    void aChangedSignatureThatAnotherClassCallsRecompilesBoth() throws Exception {
        splitList("Maven", "Gradle", "Tools");
        ListLoader loader = new ListLoader();
        loader.load(request("com.example.Split"));
        // Second.part() now takes a title: the list class no longer compiles against it, nor is it left stale
        source("com/example/Second.java", """
        package com.example;
        import static io.github.awesomedsl.dsl.AwesomeDsl.*;
        final class Second {
          static io.github.awesomedsl.model.Section.Builder part(String title) {
            return section(title).entry(entry("Gradle").url("https://second.example"));
          }
        }
        """);
        assertThatThrownBy(() -> loader.load(request("com.example.Split")))
                .isInstanceOf(ListLoadException.class)
                .hasMessageContaining("Split.java:[5,");
    }

    @Test
    void aDeletedClassLeavesNoStaleOutput() throws Exception {
        splitList("Maven", "Gradle", "Tools");
        ListLoader loader = new ListLoader();
        loader.load(request("com.example.Split"));
        assertThat(classFile("Second")).exists();

        source("com/example/Split.java", """
        package com.example;
        import static io.github.awesomedsl.dsl.AwesomeDsl.*;
        public final class Split implements io.github.awesomedsl.dsl.AwesomeListSource {
          public io.github.awesomedsl.model.AwesomeList define() {
            return list("Awesome " + Names.SHARED).section(First.part()).build();
          }
        }
        """);
        Files.delete(project.resolve("src/main/java/com/example/Second.java"));
        LoadedList loaded = loader.load(request("com.example.Split"));
        assertThat(titles(loaded)).containsExactly("Maven");
        assertThat(classFile("Second")).doesNotExist();
    }

    @Test
    void anIncrementalCompilationGivesWhatAFullOneGives() throws Exception {
        splitList("Maven", "Gradle", "Tools");
        ListLoader loader = new ListLoader();
        loader.load(request("com.example.Split"));
        splitList("Maven", "Gradle 8", "Tools");
        LoadedList incremental = loader.load(request("com.example.Split"));
        assertThat(incremental.compiledBy()).isEqualTo(LoadedList.Classes.INCREMENTAL);

        LoadRequest fresh = new LoadRequest(
                "com.example.Split",
                request("com.example.Split").sourceRoots(),
                request("com.example.Split").classpath(),
                Optional.of("17"),
                project.resolve("target/full"),
                project,
                Optional.empty());
        LoadedList full = loader.load(fresh);
        assertThat(full.compiledBy()).isEqualTo(LoadedList.Classes.JAVAC);
        assertThat(incremental.list()).isEqualTo(full.list());
        for (String name : List.of("Split", "Names", "First", "Second")) {
            assertThat(Files.readAllBytes(classFile(name)))
                    .as(name + ".class")
                    .isEqualTo(
                            Files.readAllBytes(project.resolve("target/full/classes/com/example/" + name + ".class")));
        }
    }

    @Test
    void anEditToASourceTheListDoesNotUseCompilesNothing() throws Exception {
        splitList("Maven", "Gradle", "Tools");
        source("com/example/Unused.java", "package com.example; final class Unused { int a; }");
        ListLoader loader = new ListLoader();
        loader.load(request("com.example.Split"));
        ageClasses();
        source("com/example/Unused.java", "package com.example; final class Unused { int b; }");
        assertThat(loader.load(request("com.example.Split")).compiledBy())
                .isEqualTo(LoadedList.Classes.LAST_COMPILATION);
        assertThat(rewritten("Split")).isFalse();
        // a new file may shadow what the list's names meant: that compiles in full
        source("com/example/Added.java", "package com.example; final class Added {}");
        assertThat(loader.load(request("com.example.Split")).compiledBy()).isEqualTo(LoadedList.Classes.JAVAC);
    }

    private LoadRequest requestInto(String listClass, String workDirectory) throws URISyntaxException {
        return ListProjects.request(project, listClass, workDirectory, Optional.empty());
    }

    @Test
    void aForkedCompilationGivesWhatOneInMavensJvmGives() throws Exception {
        splitList("Maven", "Gradle", "Tools");
        LoadedList forked = new ListLoader(true).load(requestInto("com.example.Split", "target/forked"));
        LoadedList inProcess = new ListLoader(false).load(requestInto("com.example.Split", "target/in-process"));
        assertThat(forked.compiledBy()).isEqualTo(LoadedList.Classes.JAVAC);
        assertThat(inProcess.compiledBy()).isEqualTo(LoadedList.Classes.JAVAC);
        assertThat(forked.list()).isEqualTo(inProcess.list());
        // the same class files and manifest: the fork's API signatures are javac's
        ListProjects.assertSameCompilation(project, "target/forked", "target/in-process");
        // and the fork leaves nothing of its exchange behind
        try (var left = Files.list(project.resolve("target/forked"))) {
            assertThat(left.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("classes", "classes.fingerprint", "classes.manifest");
        }
    }

    @Test
    void inMavensJvmEditsCompileIncrementally() throws Exception {
        splitList("Maven", "Gradle", "Tools");
        ListLoader loader = new ListLoader(false);
        loader.load(request("com.example.Split"));
        splitList("Maven", "Gradle 8", "Tools");
        LoadedList edited = loader.load(request("com.example.Split"));
        assertThat(edited.compiledBy()).isEqualTo(LoadedList.Classes.INCREMENTAL);
        assertThat(titles(edited)).contains("Gradle 8");
    }
}

package io.github.awesomedsl.maven;

/**
 * The {@code .mvn/jvm.config} that awesome:init and awesome:import write into a new list repository: the JVM
 * options the {@code mvn} script (Maven 3.3.1 and later, 3.8 and 3.9 alike) passes to Maven's JVM in that
 * repository. A list's builds are short (a render, a lint, a jar of a few thousand entries), and in a short JVM
 * the optimising C2 compiler costs more than it gains: it compiles in the background for about as long as the
 * build runs, on the cores javac and the list's own work need. With C1 alone ({@code -XX:TieredStopAtLevel=1},
 * the option mvnd and IDEs use for short-lived builds) Maven starts 0.2 s sooner, and a cold render of a
 * 10,000-entry list spends 0.4 s less (see docs/PERFORMANCE.md, where both are measured). No comment is
 * written in the file: Maven 3.8 passes every word of it to the JVM.
 */
final class MavenJvmConfig {

    /** Where the file goes, relative to the repository's root. */
    static final String PATH = ".mvn/jvm.config";

    private MavenJvmConfig() {}

    /** The file's text. */
    static String text() {
        return BundledText.read("jvm.config");
    }
}

package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.ListLoadException;
import io.github.awesomedsl.maven.load.ListLoader;
import io.github.awesomedsl.maven.load.LoadRequest;
import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.SarifReport;
import io.github.awesomedsl.validate.Severity;
import io.github.awesomedsl.validate.ValidationReport;
import io.github.awesomedsl.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that compiles and runs the list class (render, generate, check, validate, site, notes; links and metadata on the list). */
abstract class ListMojo extends AbstractAwesomeMojo {

    /**
     * Required by the goals that read the list (generate, render, check, validate, site, notes, and links and
     * metadata without awesome.file; not lint, fix, import or init). The fully qualified name of the class that declares the list: it implements
     * {@code io.github.awesomedsl.dsl.AwesomeListSource} and lives in this module's {@code src/main/java}.
     */
    @Parameter(property = "awesome.listClass")
    protected String listClass;

    /** The {@code --release} the list class is compiled for; by default the project's. */
    @Parameter(property = "awesome.release", defaultValue = "${maven.compiler.release}")
    protected String release;

    /**
     * Compile the list in a JVM of its own, started for the compile with C1 only and the serial collector:
     * javac finishes in about two thirds of the time it takes cold inside Maven's JVM, whose JIT is tuned
     * for long runs. The classes are the same either way; {@code false} compiles in Maven's JVM (for a
     * machine that forbids starting processes).
     */
    @Parameter(property = "awesome.forkJavac", defaultValue = "true")
    protected boolean forkJavac;

    /**
     * With {@code forkJavac}, compile in a javac daemon: a JVM the first compile starts and later builds
     * (any list, the same JDK and plugin) reuse, which ends after {@code javacDaemonIdleMinutes} without
     * work. One edited entry then compiles in about a tenth of a second instead of half a second or more.
     * When no daemon can be used (no Unix domain sockets, a folder that is not private), the build says why
     * and compiles in a one-shot JVM. {@code false} starts a JVM for every compile. Unset, it is on, except
     * where the environment variable {@code CI} is {@code true}: a one-off build gains nothing from a JVM
     * that outlives it.
     */
    @Parameter(property = "awesome.javacDaemon")
    protected Boolean javacDaemon;

    /**
     * Where the javac daemon keeps its socket, lock and log: a folder only you may enter (created
     * {@code rwx------}); a daemon is not used in one that belongs to someone else or is open to others.
     */
    @Parameter(property = "awesome.javacDaemonDirectory", defaultValue = "${user.home}/.cache/awesome-dsl")
    protected File javacDaemonDirectory;

    /** Minutes the javac daemon waits for work before it ends (1 or more). */
    @Parameter(property = "awesome.javacDaemonIdleMinutes", defaultValue = "10")
    protected int javacDaemonIdleMinutes;

    /**
     * awesome-dsl is compiled for Java 17 (its model is records): a list compiled for an older release
     * would fail with "class file for java.lang.Record not found", so that is said plainly first.
     */
    private void requireRelease17() throws MojoFailureException {
        if (release == null || release.isBlank()) {
            return;
        }
        int version;
        try {
            version = Integer.parseInt(release.strip().replaceFirst("^1\\.", ""));
        } catch (NumberFormatException e) {
            throw new MojoFailureException("maven.compiler.release (awesome.release) is \"" + release
                    + "\", not a Java version;" + " awesome-dsl needs 17 or newer.");
        }
        if (version < 17) {
            throw new MojoFailureException("awesome-dsl needs Java 17 or newer, but the list is compiled for " + version
                    + " (maven.compiler.release or awesome.release). Set <maven.compiler.release>17</maven.compiler.release>"
                    + " in the POM's properties.");
        }
    }

    /** Compiles and runs the list class. */
    protected LoadedList load() throws MojoFailureException, MojoExecutionException {
        List<Path> classpath = new ArrayList<>();
        try {
            // The module's own target/classes is left out: what the list references comes from its sources
            // (-sourcepath), and classes compiled between generate-sources and verify must not make the
            // list compile differently (or defeat the reuse of the last compilation).
            Path output = Path.of(project.getBuild().getOutputDirectory())
                    .toAbsolutePath()
                    .normalize();
            for (String element : project.getCompileClasspathElements()) {
                Path path = Path.of(element);
                if (!path.toAbsolutePath().normalize().equals(output)) {
                    classpath.add(path);
                }
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's compile classpath is not resolved: " + e.getMessage(), e);
        }
        requireRelease17();
        List<Path> roots = project.getCompileSourceRoots().stream()
                .map(Path::of)
                .filter(Files::isDirectory)
                .toList();
        LoadRequest request = new LoadRequest(
                listClass == null ? "" : listClass,
                roots,
                classpath,
                Optional.ofNullable(release),
                Path.of(project.getBuild().getDirectory(), "awesome"),
                project.getBasedir().toPath(),
                Optional.of(Path.of(project.getBuild().getOutputDirectory())));
        ListLoader loader = new ListLoader(forkJavac);
        boolean daemon = javacDaemon != null ? javacDaemon : !"true".equalsIgnoreCase(System.getenv("CI"));
        if (forkJavac && daemon) {
            if (javacDaemonIdleMinutes < 1) {
                throw new MojoFailureException("awesome.javacDaemonIdleMinutes is " + javacDaemonIdleMinutes
                        + "; give the daemon 1 minute or more, or turn it off with -Dawesome.javacDaemon=false");
            }
            loader = loader.withDaemon(
                    javacDaemonDirectory.toPath(),
                    java.time.Duration.ofMinutes(javacDaemonIdleMinutes),
                    notice -> getLog().warn(notice));
        }
        try {
            return loader.load(request);
        } catch (ListLoadException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * Validates the list with {@code rules} (missing-file looking in {@code folder}), writes the SARIF report,
     * logs each finding javac-style and fails on errors (or warnings with {@code failOnWarning}).
     */
    protected ValidationReport validate(
            LoadedList loaded,
            Map<String, String> rules,
            Path folder,
            io.github.awesomedsl.metadata.Metadata metadata,
            int staleDays,
            java.util.function.ToLongFunction<io.github.awesomedsl.model.AwesomeList> readmeBytes,
            File sarifFile,
            boolean failOnWarning)
            throws MojoFailureException {
        Validator validator = validator(rules, folder, metadata, staleDays, readmeBytes);
        ValidationReport report = validator.validate(loaded.list());
        String sarif = SarifReport.of(
                validator,
                report,
                location -> sourceFile(location).map(this::relative).map(p -> p.replace(File.separatorChar, '/')),
                plugin.getVersion());
        try {
            AtomicFiles.writeIfChanged(sarifFile.toPath(), sarif);
        } catch (IOException e) {
            throw new MojoFailureException(
                    "Cannot write the SARIF report " + sarifFile + ": " + e.getMessage()
                            + ". Point <sarifFile> at a writable place.",
                    e);
        }
        for (Diagnostic d : report.diagnostics()) {
            log(d.severity(), logLine(where(d.location()), d));
        }
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            throw new MojoFailureException(
                    "The list has " + report.summary() + (errors > 0 ? "" : " and failOnWarning is set")
                            + " (listed above with their source lines). Fix them in the list's source,"
                            + " or change a rule's severity with <rules><rule-id>warning</rule-id></rules>.");
        }
        return report;
    }
}

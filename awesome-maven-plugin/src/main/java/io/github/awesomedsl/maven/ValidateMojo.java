package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.validate.ValidationReport;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Loads and validates the list without writing anything; fails on errors, and on warnings with
 * {@code failOnWarning}. Each finding is logged javac-style with the list's source line.
 */
@Mojo(
        name = "validate",
        defaultPhase = LifecyclePhase.VALIDATE,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class ValidateMojo extends ListMojo {

    /** Fail the build on warnings too, not only on errors. */
    @Parameter(property = "awesome.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Severity per rule id: {@code error}, {@code warning}, {@code info} or {@code off}, e.g.
     * {@code <rules><duplicate-url>error</duplicate-url></rules>}.
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * Where the findings are written as SARIF 2.1.0, for code-scanning tools (GitHub shows them on pull
     * requests); written on every validation, also when it fails.
     */
    @Parameter(property = "awesome.sarifFile", defaultValue = "${project.build.directory}/awesome/awesome.sarif")
    private File sarifFile;

    /** The metadata lock that awesome:metadata writes; the rules over it find nothing without one. */
    @Parameter(property = "awesome.metadata.file", defaultValue = "${project.basedir}/awesome-metadata.json")
    private File metadataFile;

    /** stale-repo: days without a push, counted to the lock's fetch date, after which a repository is reported. */
    @Parameter(property = "awesome.metadata.staleDays", defaultValue = "365")
    private int staleDays;

    /** Skips this goal. */
    @Parameter(property = "awesome.validate.skip", defaultValue = "false")
    private boolean skipValidate;

    @Override
    String goal() {
        return "validate";
    }

    @Override
    boolean skipGoal() {
        return skipValidate;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        LoadedList loaded = load();
        ValidationReport report = validate(
                loaded,
                rules,
                project.getBasedir().toPath(),
                MetadataMojo.readLock(metadataFile),
                staleDays,
                // readme-size: validate knows no style, so it measures the default rendering
                list -> io.github.awesomedsl.render.MarkdownRenderer.create()
                        .render(list)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        .length,
                sarifFile,
                failOnWarning);
        getLog().info(Summaries.of(loaded, report, start));
    }
}

package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.validate.ValidationReport;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that validates the list and writes its README (render, generate). */
abstract class ValidatingReadmeMojo extends ReadmeMojo {

    /** Fail the build on warnings too, not only on errors. */
    @Parameter(property = "awesome.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Severity per rule id: {@code error}, {@code warning}, {@code info} or {@code off}, e.g.
     * {@code <rules><duplicate-url>error</duplicate-url></rules>}.
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * Where the findings are written as SARIF 2.1.0, for code-scanning tools (GitHub shows them on pull
     * requests); written on every validation, also when it fails.
     */
    @Parameter(property = "awesome.sarifFile", defaultValue = "${project.build.directory}/awesome/awesome.sarif")
    protected File sarifFile;

    /** stale-repo: days without a push, counted to the lock's fetch date, after which a repository is reported. */
    @Parameter(property = "awesome.metadata.staleDays", defaultValue = "365")
    protected int staleDays;

    /**
     * readme-size: the bytes of the README as this goal renders it (the rendering the README is written
     * from), which is started here and rendered while the other rules run.
     */
    private java.util.function.ToLongFunction<io.github.awesomedsl.model.AwesomeList> readmeBytes(LoadedList loaded)
            throws MojoFailureException {
        renderAhead(loaded.list());
        return list -> {
            try {
                return rendering(list).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            } catch (MojoFailureException e) {
                throw new IllegalStateException(e.getMessage(), e); // not thrown: the renderer was made ahead
            }
        };
    }

    /** Validates the list; missing-file looks beside the README. */
    protected ValidationReport validate(LoadedList loaded) throws MojoFailureException {
        return validate(
                loaded,
                rules,
                readme.toPath().toAbsolutePath().getParent(),
                metadata(),
                staleDays,
                readmeBytes(loaded),
                sarifFile,
                failOnWarning);
    }
}

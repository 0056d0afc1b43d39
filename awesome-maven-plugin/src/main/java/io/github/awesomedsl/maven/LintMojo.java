package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.markdown.LintConfig;
import io.github.awesomedsl.maven.markdown.LintFinding;
import io.github.awesomedsl.maven.markdown.MarkdownFixer;
import io.github.awesomedsl.maven.markdown.MarkdownLint;
import io.github.awesomedsl.maven.markdown.WhitespaceStyle;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.SarifReport;
import io.github.awesomedsl.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints any awesome-list README without migrating it ({@code mvn io.github.awesomedsl:awesome-maven-plugin:lint
 * -Dawesome.file=README.md}, no project needed): the validator's rules on the list read from the
 * Markdown, and Markdown rules (contents anchors and texts, one H1, list markers, empty and nested links,
 * URLs without a scheme, tabs and trailing spaces as the {@code .editorconfig} asks, bold text used as a
 * heading, item separators, links glued to a word, a section written in another form). Findings print as
 * {@code file:line:column (rule) message}, also as SARIF, with the changes awesome:fix would make as SARIF
 * {@code fixes}; errors fail the build. awesome-lint's {@code <!--lint disable/enable/ignore rule-->}
 * comments are honoured.
 */
@Mojo(name = "lint", requiresProject = false, threadSafe = true)
public final class LintMojo extends MarkdownMojo {

    /** The Markdown file to lint. */
    @Parameter(property = "awesome.file", defaultValue = "README.md")
    private File file;

    /** Where the findings are written as SARIF; by default {@code target/awesome/lint.sarif}. */
    @Parameter(property = "awesome.lint.sarif")
    private File lintSarifFile;

    /** Fail on warnings too, not only on errors. */
    @Parameter(property = "awesome.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Severity per rule: {@code <rules><duplicate-url>error</duplicate-url></rules>} ({@code error},
     * {@code warning}, {@code info}, {@code off}); {@code .awesome-lint.properties} beside the README
     * applies after it.
     */
    @Parameter
    private Map<String, String> rules;

    /** The rules whose findings awesome:fix can remove. */
    private static final java.util.Set<String> FIXABLE = java.util.Set.of(
            "whitespace", "list-marker", "toc-anchor", "toc-text", "item-separator", "spelling", "moved-repo");

    /**
     * The metadata lock that {@code awesome:metadata -Dawesome.file=…} writes for this file; the rules over it
     * (archived-repo, moved-repo, stale-repo, missing-license) find nothing without one.
     */
    @Parameter(property = "awesome.metadata.file", defaultValue = "${project.basedir}/awesome-metadata.json")
    private File metadataFile;

    /** stale-repo: days without a push, counted to the lock's fetch date, after which a repository is reported. */
    @Parameter(property = "awesome.metadata.staleDays", defaultValue = "365")
    private int staleDays;

    /** Skips this goal. */
    @Parameter(property = "awesome.lint.skip", defaultValue = "false")
    private boolean skipLint;

    @Override
    String goal() {
        return "lint";
    }

    @Override
    boolean skipGoal() {
        return skipLint;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        String markdown = readMarkdown(file);
        io.github.awesomedsl.metadata.Metadata lock = MetadataMojo.readLock(metadataFile);
        long readmeBytes = markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8).length; // readme-size: the file
        LintConfig config;
        try {
            config = LintConfig.forReadme(
                    file.toPath(),
                    validator(rules, file.toPath().toAbsolutePath().getParent(), lock, staleDays, list -> readmeBytes));
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoFailureException("Cannot use " + LintConfig.FILE_NAME + ": " + e.getMessage(), e);
        }
        // the POM's <rules>, then the file's; missing-file looks beside the linted file
        Validator validator = config.apply(
                validator(rules, file.toPath().toAbsolutePath().getParent(), lock, staleDays, list -> readmeBytes));
        config.file().ifPresent(f -> getLog().info("lint: rule severities from " + relative(f)));
        WhitespaceStyle style;
        try {
            style = WhitespaceStyle.of(file.toPath());
        } catch (IOException | RuntimeException e) {
            throw new MojoFailureException(
                    "Cannot read the .editorconfig that applies to " + relative(file.toPath()) + ": " + e.getMessage()
                            + "; fix it, or remove it to lint with the defaults (spaces, no trailing whitespace).",
                    e);
        }
        List<LintFinding> findings = config.apply(
                guarded(file.getName(), () -> new MarkdownLint(validator).lint(file.getName(), markdown, style)));
        String name = relative(file.toPath());
        // what awesome:fix would change, offered with the findings it removes in the SARIF report; a second
        // reading of the file, so only when there is a finding it can remove
        boolean fixable = findings.stream().anyMatch(f -> FIXABLE.contains(f.ruleId()));
        List<MarkdownFixer.Fix> fixes = !fixable
                ? List.of()
                : guarded(
                        file.getName(),
                        () -> new MarkdownFixer(style, url -> MovedRepositories.newUrl(lock, url))
                                .fix(markdown)
                                .fixes());
        Map<Diagnostic, LintFinding> findingOf = new IdentityHashMap<>();
        long errors = 0;
        long warnings = 0;
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (LintFinding finding : findings) {
            String line = finding.format(name);
            switch (finding.severity()) {
                case ERROR -> {
                    errors++;
                    getLog().error(line);
                }
                case WARNING -> {
                    warnings++;
                    getLog().warn(line);
                }
                case INFO -> getLog().info(line);
            }
            Diagnostic diagnostic = new Diagnostic(
                    finding.ruleId(),
                    finding.severity(),
                    finding.message(),
                    "",
                    new SourceLocation("", file.getName(), finding.line()));
            diagnostics.add(diagnostic);
            findingOf.put(diagnostic, finding);
        }
        writeSarif(
                validator,
                diagnostics,
                name,
                d -> fixes.stream()
                        .filter(f -> f.removes(findingOf.get(d)))
                        .map(f -> new SarifReport.Replacement(
                                f.line(), f.column(), f.endLine(), f.endColumn(), f.replacement(), f.message()))
                        .toList());
        getLog().info("lint: " + name + ": " + errors + " errors, " + warnings + " warnings in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            throw new MojoFailureException(
                    name + " has " + errors + " errors and " + warnings + " warnings (listed above"
                            + " with their lines). Fix them, silence one with <!--lint ignore rule-id--> before its block, or"
                            + " migrate the list to the DSL with awesome:import.");
        }
    }

    private void writeSarif(
            Validator validator,
            List<Diagnostic> diagnostics,
            String name,
            java.util.function.Function<Diagnostic, List<SarifReport.Replacement>> fixesOf)
            throws MojoExecutionException {
        List<SarifReport.RuleDescriptor> rules = new ArrayList<>(SarifReport.rules(validator));
        rules.addAll(MarkdownLint.MARKDOWN_RULES);
        File target = lintSarifFile != null ? lintSarifFile : new File(reportsDirectory(), "lint.sarif");
        try {
            AtomicFiles.writeIfChanged(
                    target.toPath(),
                    SarifReport.of(rules, diagnostics, location -> Optional.of(name), plugin.getVersion(), fixesOf));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}

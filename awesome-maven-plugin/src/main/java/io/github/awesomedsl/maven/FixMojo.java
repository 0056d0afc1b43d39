package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.links.LinkCache;
import io.github.awesomedsl.maven.markdown.MarkdownFixer;
import io.github.awesomedsl.maven.markdown.WhitespaceStyle;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.maven.output.readme.UnifiedDiff;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the safe fixes to a Markdown README in place ({@code mvn io.github.awesomedsl:awesome-maven-plugin:fix
 * -Dawesome.file=README.md}, no project needed) and prints what it changed as a unified diff: trailing
 * whitespace and stray tabs (as the {@code .editorconfig} asks), doubled list markers, the contents
 * list written again from the headings, item separators written {@code " - "}, proper names in prose,
 * links to repositories the metadata lock says were renamed, and, from awesome:links' cache, permanent redirects and {@code http://} links that work over https. The
 * file is written atomically, and only when something changed; {@code -Dawesome.fix.dryRun=true} only
 * prints the diff. A second run changes nothing.
 */
@Mojo(name = "fix", requiresProject = false, threadSafe = true)
public final class FixMojo extends MarkdownMojo {

    /** The Markdown file to fix. */
    @Parameter(property = "awesome.file", defaultValue = "README.md")
    private File file;

    /** Print the diff of the fixes without writing the file. */
    @Parameter(property = "awesome.fix.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * awesome:links' cache, whose permanent redirects and working https addresses are applied; by default
     * {@code target/awesome/links.json}. Without it, links are left as they are.
     */
    @Parameter(property = "awesome.links.cache")
    private File cacheFile;

    /**
     * The metadata lock that awesome:metadata writes: links to a repository it says was renamed or
     * transferred are rewritten to the new name. Without it, they are left as they are.
     */
    @Parameter(property = "awesome.metadata.file", defaultValue = "${project.basedir}/awesome-metadata.json")
    private File metadataFile;

    /** Skips this goal. */
    @Parameter(property = "awesome.fix.skip", defaultValue = "false")
    private boolean skipFix;

    private static final int MAX_DIFF_LINES = 400;

    @Override
    String goal() {
        return "fix";
    }

    @Override
    boolean skipGoal() {
        return skipFix;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        String markdown = readMarkdown(file);
        String name = relative(file.toPath());
        WhitespaceStyle style;
        try {
            style = WhitespaceStyle.of(file.toPath());
        } catch (IOException | RuntimeException e) {
            throw new MojoFailureException(
                    "Cannot read the .editorconfig that applies to " + name + ": " + e.getMessage()
                            + "; fix it, or remove it to fix with the defaults (spaces, no trailing whitespace).",
                    e);
        }
        File cachePath = cacheFile != null ? cacheFile : new File(reportsDirectory(), "links.json");
        LinkCache cache = LinkCache.empty();
        try {
            cache = LinkCache.load(cachePath.toPath());
        } catch (IOException | RuntimeException e) {
            getLog().warn("Ignoring the unreadable link cache " + relative(cachePath.toPath())
                    + " (links are left as they are): " + e.getMessage());
        }
        LinkCache links = cache;
        io.github.awesomedsl.metadata.Metadata lock = MetadataMojo.readLock(metadataFile);
        MarkdownFixer.Result result = guarded(
                name,
                () -> new MarkdownFixer(
                                style,
                                url -> MovedRepositories.newUrl(lock, url).or(() -> links.betterUrl(url)))
                        .fix(markdown));
        if (result.fixes().isEmpty()) {
            getLog().info("fix: " + name + ": nothing to fix");
            return;
        }
        String diff = UnifiedDiff.of(markdown, result.fixed(), "a/" + name, "b/" + name, MAX_DIFF_LINES);
        diff.lines().forEach(getLog()::info);
        if (!dryRun) {
            try {
                AtomicFiles.writeIfChanged(file.toPath(), result.fixed());
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "Cannot write " + name + ": " + e.getMessage() + "; it is unchanged.", e);
            }
        }
        Map<String, Long> byRule = result.fixes().stream()
                .collect(Collectors.groupingBy(MarkdownFixer.Fix::ruleId, TreeMap::new, Collectors.counting()));
        getLog().info("fix: " + name + ": " + (dryRun ? "would make " : "made ")
                + result.fixes().size() + " fixes ("
                + byRule.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")) + ")"
                + (dryRun
                        ? "; nothing was written (-Dawesome.fix.dryRun)"
                        : "; run awesome:lint for what is left to fix by hand"));
    }
}

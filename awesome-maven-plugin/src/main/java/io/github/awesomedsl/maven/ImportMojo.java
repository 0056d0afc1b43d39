package io.github.awesomedsl.maven;

import com.palantir.javapoet.JavaFile;
import io.github.awesomedsl.maven.markdown.ImportLoss;
import io.github.awesomedsl.maven.markdown.LintFinding;
import io.github.awesomedsl.maven.markdown.MarkdownLint;
import io.github.awesomedsl.maven.markdown.MarkdownListReader;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.maven.output.code.ListSourceGenerator;
import io.github.awesomedsl.maven.output.readme.WrittenRecord;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.validate.SarifReport;
import io.github.awesomedsl.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Migrates a Markdown awesome list to the DSL in one command: {@code mvn
 * io.github.awesomedsl:awesome-maven-plugin:import -Dawesome.file=README.md -Dawesome.package=com.example
 * -Dawesome.class=MyList} writes {@code src/main/java/com/example/MyList.java} (never over an existing
 * file unless {@code -Dawesome.overwrite=true}). Whatever has no place in the model (quotes, code blocks,
 * HTML, numbered lists) is kept as raw Markdown in the generated code and listed with its line, as are
 * the malformed constructs to fix (broken contents anchors, empty or nested links, …). In a folder without a
 * {@code pom.xml} it starts the list repository: the pom that builds the list, and the {@code .mvn/jvm.config}
 * that makes Maven's short builds faster (see {@link MavenJvmConfig}), each only if absent.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public final class ImportMojo extends MarkdownMojo {

    /** The Markdown file to import. */
    @Parameter(property = "awesome.file", defaultValue = "README.md")
    private File file;

    /** The package of the class to write. */
    @Parameter(property = "awesome.package")
    private String packageName;

    /** The simple name of the class to write. */
    @Parameter(property = "awesome.class")
    private String className;

    /** Where the class goes; by default {@code src/main/java} of the project (or of the current folder). */
    @Parameter(property = "awesome.sourceDirectory")
    private File sourceDirectory;

    /** Replace the class if it exists. */
    @Parameter(property = "awesome.overwrite", defaultValue = "false")
    private boolean overwrite;

    /**
     * Write the class even when its rendering lacks URLs or words of the README (each is listed with its
     * line). By default such an import fails and writes nothing.
     */
    @Parameter(property = "awesome.import.allowLoss", defaultValue = "false")
    private boolean allowLoss;

    /**
     * Also write the list repository's GitHub Actions workflows into {@code .github/workflows/} (each only if
     * absent): {@code awesome.yml} (every pull request: mvn verify, findings to code scanning),
     * {@code links.yml} (weekly link check) and {@code metadata.yml} (weekly lock refresh as a pull request).
     */
    @Parameter(property = "awesome.import.workflows", defaultValue = "true")
    private boolean workflows;

    /** Skips this goal. */
    @Parameter(property = "awesome.import.skip", defaultValue = "false")
    private boolean skipImport;

    @Override
    String goal() {
        return "import";
    }

    @Override
    boolean skipGoal() {
        return skipImport;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (packageName == null
                || !SourceVersion.isName(packageName)
                || className == null
                || !SourceVersion.isIdentifier(className)
                || SourceVersion.isKeyword(className)) {
            throw new MojoFailureException(
                    "Name the class to write: -Dawesome.package=com.example -Dawesome.class=MyAwesomeList"
                            + " (a package name and a Java class name).");
        }
        String markdown = readMarkdown(file);
        String name = relative(file.toPath());
        File root = sourceDirectory != null
                ? sourceDirectory
                : project.getBasedir() != null
                        ? new File(project.getBasedir(), "src/main/java")
                        : new File("src/main/java");
        Path target = root.toPath().resolve(packageName.replace('.', '/')).resolve(className + ".java");
        // exists(NOFOLLOW_LINKS): a symbolic link, even a dangling one, is something at the target
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !overwrite) {
            throw new MojoFailureException(
                    relative(target) + (Files.isSymbolicLink(target) ? " is a symbolic link" : " exists")
                            + "; nothing was written. Choose another -Dawesome.class, or pass -Dawesome.overwrite=true to replace it.");
        }
        // Everything is read, generated and checked before anything is written: a failed import writes nothing.
        MarkdownListReader.Reading reading =
                guarded(name, () -> new MarkdownListReader(file.getName()).readWithReport(markdown));
        JavaFile source =
                guarded(name, () -> new ListSourceGenerator(packageName, className).generate(reading.list(), name));
        Set<String> markdownRules = MarkdownLint.MARKDOWN_RULES.stream()
                .map(SarifReport.RuleDescriptor::id)
                .filter(id -> !id.equals("whitespace") && !id.equals("bold-heading"))
                .collect(Collectors.toSet());
        List<LintFinding> malformed = guarded(
                name,
                () -> new MarkdownLint(Validator.withDefaultRules())
                        .lint(file.getName(), markdown).stream()
                                .filter(f -> markdownRules.contains(f.ruleId()))
                                .toList());
        // Nothing is lost silently: the import is rendered in memory, in the style that keeps most, and
        // compared with the README, URL by URL and word by word.
        ImportLoss.Styled best = guarded(name, () -> ImportLoss.leastLoss(reading.list(), markdown));
        if (!best.lost().isEmpty()) {
            int shown = 0;
            for (ImportLoss.Lost lost : best.lost()) {
                if (shown++ < MAX_LOSSES_SHOWN) {
                    getLog().warn(name + ":" + lost.line() + " not kept by the import: " + lost);
                }
            }
            if (best.lost().size() > MAX_LOSSES_SHOWN) {
                getLog().warn("… and " + (best.lost().size() - MAX_LOSSES_SHOWN) + " more lines ("
                        + ImportLoss.count(best.lost()) + " URLs and words in all)");
            }
            if (!allowLoss) {
                throw new MojoFailureException(
                        "The import would lose " + ImportLoss.count(best.lost()) + " URLs and words on "
                                + best.lost().size() + " lines of " + name
                                + " (listed above); nothing was written. Keep the README until"
                                + " the model holds them, or pass -Dawesome.import.allowLoss=true to write the class all the same.");
            }
        }
        Path basedir = project.getBasedir() != null
                ? project.getBasedir().toPath()
                : Path.of("").toAbsolutePath();
        Path pom = basedir.resolve("pom.xml");
        String style = best.style().name().toLowerCase(Locale.ROOT);
        String readmePath = relativeTo(basedir, file.toPath());
        String pomXml;
        try {
            pomXml = Files.exists(pom, LinkOption.NOFOLLOW_LINKS)
                    ? null
                    : ImportPom.of(packageName, className, plugin.getVersion(), readmePath, style);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(
                    "Cannot write " + relative(pom) + ": " + e.getMessage() + "; nothing was written.");
        }
        Path writing = target; // named in the message should a write fail
        try {
            AtomicFiles.writeIfChanged(target, source.toString());
            // the README imported is known: the first render may replace it (the list holds its every URL and word)
            WrittenRecord record = new WrittenRecord(reportsDirectory().toPath(), file.toPath());
            writing = record.file();
            record.record(markdown);
            if (pomXml != null) {
                writing = pom;
                AtomicFiles.writeIfChanged(pom, pomXml);
                // a new repository: Maven's JVM tuned for short builds, unless the folder has its own
                Path jvmConfig = basedir.resolve(MavenJvmConfig.PATH);
                if (!Files.exists(jvmConfig, LinkOption.NOFOLLOW_LINKS)) {
                    writing = jvmConfig;
                    AtomicFiles.writeIfChanged(jvmConfig, MavenJvmConfig.text());
                    getLog().info("import: wrote " + relative(jvmConfig)
                            + " (Maven's JVM with its quick compiler only, faster for a list's short builds)");
                }
            }
            if (workflows) {
                for (java.util.Map.Entry<String, String> workflow :
                        io.github.awesomedsl.maven.output.ci.Workflows.all().entrySet()) {
                    Path file = basedir.resolve(".github/workflows").resolve(workflow.getKey());
                    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                        writing = file;
                        AtomicFiles.writeIfChanged(file, workflow.getValue());
                        getLog().info("import: wrote " + relative(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + relative(writing) + ": " + e.getMessage(), e);
        }
        for (MarkdownListReader.Unmapped block : reading.unmapped()) {
            getLog().warn(name + ":" + block.line() + " kept as raw Markdown (" + block.kind()
                    + "): no place for it in the model");
        }
        for (LintFinding finding : malformed) {
            getLog().warn(finding.format(name) + " (malformed in the Markdown; check the imported code)");
        }
        int[] counts = new int[3];
        count(reading.list().sections(), counts);
        getLog().info("import: wrote " + relative(target) + ": " + counts[0] + " sections, " + counts[1] + " items, "
                + counts[2] + " table rows; " + reading.unmapped().size() + " blocks kept as raw Markdown, "
                + malformed.size()
                + " malformed constructs (listed above); "
                + (best.lost().isEmpty()
                        ? "nothing lost"
                        : ImportLoss.count(best.lost()) + " URLs and words lost (allowed)")
                + "; it renders best in the " + best.style().name().toLowerCase(Locale.ROOT)
                + " style");
        if (pomXml != null) {
            getLog().info("import: wrote " + relative(pom) + " (awesome-maven-plugin " + plugin.getVersion()
                    + ", style " + style + ", every plugin pinned). Next: mvn awesome:render, then mvn verify.");
        } else {
            getLog().info("Next: in " + relative(pom) + ", configure awesome-maven-plugin with <listClass>"
                    + packageName + "."
                    + className + "</listClass> and <style>" + style + "</style>, and run mvn awesome:render (and"
                    + " awesome:validate for the list's findings).");
        }
    }

    private static final int MAX_LOSSES_SHOWN = 50;

    /** {@code file} relative to {@code basedir} with forward slashes, or its absolute path outside it. */
    private static String relativeTo(Path basedir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    private static void count(List<Section> sections, int[] counts) {
        for (Section section : sections) {
            counts[0]++;
            counts[1] += section.allItems().size();
            section.tables().forEach(t -> counts[2] += t.rows().size());
            count(section.subsections(), counts);
        }
    }
}

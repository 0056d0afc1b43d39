package io.github.awesomedsl.maven;

import com.palantir.javapoet.JavaFile;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.maven.output.ci.Workflows;
import io.github.awesomedsl.maven.output.code.ListSourceGenerator;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new list repository in the current folder (no project needed): the list class (the title, the
 * awesome badge, a description to write, one section awaiting its first entry), the pom that renders it
 * ({@code mvn verify}) and builds its jars, a contributing guide, the CI workflows, and the
 * {@code .mvn/jvm.config} that makes Maven's short builds faster (see {@link MavenJvmConfig}). Nothing that exists is
 * replaced: the goal fails before writing anything when one of its files is already there.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public final class InitMojo extends AbstractAwesomeMojo {

    /** The list's title, "Awesome" and a subject ({@code -Dawesome.init.title="Awesome Gadgets"}). */
    @Parameter(property = "awesome.init.title", defaultValue = "Awesome List")
    private String title;

    /** The list class's package. */
    @Parameter(property = "awesome.package", defaultValue = "com.example")
    private String packageName;

    /** The list class's name. */
    @Parameter(property = "awesome.class", defaultValue = "AwesomeListSource")
    private String className;

    /** Skips this goal. */
    @Parameter(property = "awesome.init.skip", defaultValue = "false")
    private boolean skipInit;

    @Override
    String goal() {
        return "init";
    }

    @Override
    boolean skipGoal() {
        return skipInit;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (!SourceVersion.isName(packageName)
                || !SourceVersion.isIdentifier(className)
                || SourceVersion.isKeyword(className)
                || className.equals("AwesomeListSource")) {
            throw new MojoFailureException(
                    "Name the list class: -Dawesome.package=com.example -Dawesome.class=GadgetsList"
                            + " (a package and a Java class name; AwesomeListSource is the DSL's interface).");
        }
        if (title.isBlank()) {
            throw new MojoFailureException("Give the list a title: -Dawesome.init.title=\"Awesome Gadgets\"");
        }
        Path basedir = project.getBasedir() != null
                ? project.getBasedir().toPath()
                : Path.of("").toAbsolutePath();
        AwesomeList list = AwesomeList.builder(title.strip())
                .badge(Badge.AWESOME)
                .description("A curated list of …: say in one sentence what belongs here.")
                .section(Section.builder("Resources").placeholder())
                .contributingGuide("contributing.md")
                .build();
        JavaFile source = new ListSourceGenerator(packageName, className).generate(list, "awesome:init");
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(
                basedir.resolve("src/main/java")
                        .resolve(packageName.replace('.', '/'))
                        .resolve(className + ".java"),
                source.toString());
        files.put(
                basedir.resolve("pom.xml"),
                ImportPom.of(packageName, className, plugin.getVersion(), "README.md", "awesome"));
        files.put(
                basedir.resolve("contributing.md"),
                "# Contributing\n\nAdd one entry per pull request, in " + packageName.replace('.', '/') + "/"
                        + className
                        + ".java (not in README.md, which the build writes), with a link and a one-sentence"
                        + " description. `mvn verify` renders the README and reports what to fix.\n");
        files.put(basedir.resolve(MavenJvmConfig.PATH), MavenJvmConfig.text());
        for (Map.Entry<String, String> workflow : Workflows.all().entrySet()) {
            files.put(basedir.resolve(".github/workflows").resolve(workflow.getKey()), workflow.getValue());
        }
        List<String> existing = new ArrayList<>();
        for (Path file : files.keySet()) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                existing.add(relative(file));
            }
        }
        if (!existing.isEmpty()) {
            throw new MojoFailureException(String.join(", ", existing) + (existing.size() == 1 ? " exists" : " exist")
                    + "; nothing was written. Run awesome:init in an empty folder, or awesome:import to turn an existing"
                    + " README into a list class.");
        }
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                AtomicFiles.writeIfChanged(file.getKey(), file.getValue());
                getLog().info("init: wrote " + relative(file.getKey()));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the new list: " + e.getMessage(), e);
        }
        getLog().info("init: next, add entries to " + className + ".java and run mvn verify (it writes README.md).");
    }
}

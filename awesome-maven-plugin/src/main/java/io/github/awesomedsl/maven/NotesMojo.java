package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.load.LoadedList;
import io.github.awesomedsl.maven.markdown.MarkdownListReader;
import io.github.awesomedsl.maven.output.AtomicFiles;
import io.github.awesomedsl.maven.output.notes.ReleaseNotes;
import io.github.awesomedsl.model.AwesomeList;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the list's release notes: the entries added, removed and moved since a git tag (by default the
 * latest), comparing the list as it is with the README committed at that tag. Best-of lists publish such notes
 * with every release; run it before tagging the next one ({@code mvn awesome:notes}).
 */
@Mojo(name = "notes", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class NotesMojo extends ListMojo {

    /** The README whose committed version at the tag is compared with the list. */
    @Parameter(property = "awesome.readme", defaultValue = "${project.basedir}/README.md")
    private File readme;

    /** The tag to compare with; by default the latest tag reachable from HEAD ({@code git describe --tags}). */
    @Parameter(property = "awesome.notes.since")
    private String since;

    /** Where the notes are written, as Markdown. */
    @Parameter(property = "awesome.notes.file", defaultValue = "${project.build.directory}/awesome/release-notes.md")
    private File notesFile;

    /** Skips this goal. */
    @Parameter(property = "awesome.notes.skip", defaultValue = "false")
    private boolean skipNotes;

    @Override
    String goal() {
        return "notes";
    }

    @Override
    boolean skipGoal() {
        return skipNotes;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path folder = readme.toPath().toAbsolutePath().getParent();
        String tag = since != null && !since.isBlank()
                ? since.strip()
                : git(folder, "describe", "--tags", "--abbrev=0").strip();
        if (!tag.matches("[\\w./+-]{1,200}") || tag.startsWith("-")) {
            throw new MojoFailureException("\"" + tag + "\" is not a tag name; pass -Dawesome.notes.since=<tag>");
        }
        String before = git(folder, "show", tag + ":./" + readme.getName());
        AwesomeList old = new MarkdownListReader(readme.getName()).read(before);
        LoadedList loaded = load();
        ReleaseNotes.Changes changes = ReleaseNotes.between(old, loaded.list());
        try {
            AtomicFiles.writeIfChanged(notesFile.toPath(), ReleaseNotes.markdown(tag, changes));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + notesFile + ": " + e.getMessage(), e);
        }
        getLog().info("notes: since " + tag + ": " + changes.added().size() + " added, "
                + changes.removed().size() + " removed, " + changes.moved().size() + " moved; written to "
                + relative(notesFile.toPath()));
    }

    /** A git command's output, or a failure that says what git said. */
    private static String git(Path folder, String... arguments) throws MojoFailureException, MojoExecutionException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command).directory(folder.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new MojoFailureException("git " + String.join(" ", arguments) + " failed"
                        + (err.isEmpty() ? "" : ": " + err)
                        + "; awesome:notes needs the list's git history and a tag (pass -Dawesome.notes.since=<tag>)");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot run git (" + e.getMessage() + "); awesome:notes needs git", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while running git", e);
        }
    }
}

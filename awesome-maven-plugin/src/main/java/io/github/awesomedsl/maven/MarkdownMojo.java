package io.github.awesomedsl.maven;

import io.github.awesomedsl.maven.markdown.MarkdownInput;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that reads a Markdown file as untrusted input (lint, fix, import): the input caps. */
abstract class MarkdownMojo extends AbstractAwesomeMojo {

    /** Goals that read a Markdown file (lint, import, links): the largest file read, in MiB. */
    @Parameter(property = "awesome.maxFileMiB", defaultValue = "64")
    private long maxFileMiB;

    /** Goals that read a Markdown file: the most quotes and lists a line may open. */
    @Parameter(property = "awesome.maxNesting", defaultValue = "100")
    private int maxNesting;

    /** Goals that read a Markdown file: the most columns a line may be indented. */
    @Parameter(property = "awesome.maxIndent", defaultValue = "400")
    private int maxIndent;

    /**
     * A Markdown file as untrusted input ({@link MarkdownInput}): at most {@code awesome.maxFileMiB}, UTF-8,
     * no deeper than {@code awesome.maxNesting}; anything else is a clean failure saying what to do.
     */
    protected String readMarkdown(File file) throws MojoExecutionException, MojoFailureException {
        return read(file, maxFileMiB, maxNesting, maxIndent);
    }

    /** Reads {@code file} within caps given by a goal that declares them itself (awesome:links). */
    static String read(File file, long maxFileMiB, int maxNesting, int maxIndent)
            throws MojoExecutionException, MojoFailureException {
        try {
            return MarkdownInput.read(file.toPath(), new MarkdownInput.Limits(maxFileMiB << 20, maxNesting, maxIndent));
        } catch (MarkdownInput.RefusedException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MojoFailureException(
                    file + " does not exist. Name the file with -Dawesome.file=path/to/README.md.");
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read " + file + ": " + e.getMessage()
                            + ". Name the file with -Dawesome.file=path/to/README.md.",
                    e);
        }
    }
}

package io.github.awesomedsl.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * cmark-gfm, the engine GitHub renders Markdown with (Debian package {@code cmark-gfm}), with the
 * extensions GitHub enables. It renders raw HTML ({@code --unsafe}) so that a test sees whatever markup
 * a text would inject, before GitHub's sanitiser hides it. Missing, a test that needs it is skipped with
 * a loud message, except in CI ({@code CI=true}) or with {@code -Dawesome.requireCmark=true}, where
 * that fails; {@code .ci/run} installs it.
 */
public final class CmarkGfm {

    private static final List<String> COMMAND = List.of(
            "cmark-gfm",
            "--unsafe",
            "--validate-utf8",
            "-e",
            "table",
            "-e",
            "strikethrough",
            "-e",
            "autolink",
            "-e",
            "tagfilter",
            "-e",
            "tasklist",
            "-e",
            "footnotes");

    private CmarkGfm() {}

    /** The HTML GitHub's engine makes of {@code markdown}. */
    public static String toHtml(String markdown) {
        require();
        try {
            Process process = new ProcessBuilder(COMMAND)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(markdown.getBytes(UTF_8));
            }
            byte[] html = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("cmark-gfm failed on:\n" + markdown);
            }
            return new String(html, UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run cmark-gfm: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Returns when cmark-gfm is on the PATH; otherwise fails in CI, or skips loudly. */
    public static void require() {
        RequiredTool.require(
                "cmark-gfm",
                "awesome.requireCmark",
                "NOT CHECKED: cmark-gfm (GitHub's Markdown engine) is not on the",
                "PATH. Install it (Debian: apt-get install cmark-gfm) and rerun.");
    }
}

package io.github.awesomedsl.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Node tools of {@code tools/npm} (awesome-lint, the SARIF schema), pinned by its package-lock and
 * installed with {@code npm ci} on first use. Without npm a test that needs them is skipped with a loud
 * message, except in CI ({@code CI=true}) or with {@code -Dawesome.requireNpm=true}, where that fails.
 */
public final class NpmTools {

    private static final Path DIR = Path.of(System.getProperty("awesome.npm.dir", "../tools/npm"))
            .toAbsolutePath()
            .normalize();

    private NpmTools() {}

    /** {@code tools/npm/node_modules}, installed if it is not yet. */
    public static synchronized Path nodeModules() throws IOException, InterruptedException {
        Path modules = DIR.resolve("node_modules");
        if (!Files.isExecutable(modules.resolve(".bin/awesome-lint"))) {
            requireNpm();
            Result install = run(DIR, 300, "npm", "ci", "--no-audit", "--no-fund");
            if (install.exitCode() != 0) {
                throw new AssertionError("npm ci in " + DIR + " failed:\n" + install.output());
            }
        }
        return modules;
    }

    /** Runs a command; its output (stdout and stderr) and exit code. */
    public static Result run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(), new String(output, UTF_8));
    }

    /** What a command printed and how it ended. */
    public record Result(int exitCode, String output) {}

    private static void requireNpm() {
        RequiredTool.require(
                "npm",
                "awesome.requireNpm",
                "NOT CHECKED: npm is not on the PATH, so awesome-lint and the SARIF",
                "schema cannot be installed. Install Node.js 20+ and rerun.");
    }
}

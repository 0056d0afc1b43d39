package io.github.awesomedsl.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool a test needs. Missing, the test is skipped with a loud message, except in CI
 * ({@code CI=true}) or with the tool's {@code -Dawesome.require…=true}, where that fails: CI must never
 * pass because a check did not run.
 */
final class RequiredTool {

    private RequiredTool() {}

    /** Returns if {@code command} is on the PATH; otherwise fails (in CI) or skips the test, saying {@code what}. */
    static void require(String command, String property, String... what) {
        if (onPath(command)) {
            return;
        }
        StringBuilder message = new StringBuilder("\n" + "!".repeat(70) + "\n");
        for (String line : what) {
            message.append(String.format("!! %-64s !!%n", line));
        }
        message.append("!".repeat(70)).append('\n');
        System.err.println(message);
        if (Boolean.getBoolean(property) || "true".equals(System.getenv("CI"))) {
            throw new AssertionError(
                    "CI (or -D" + property + ") requires " + command + ", but it is missing" + message);
        }
        Assumptions.abort(command + " is not on the PATH: check skipped");
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}

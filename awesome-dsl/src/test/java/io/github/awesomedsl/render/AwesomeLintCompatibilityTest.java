package io.github.awesomedsl.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real awesome-lint (pinned in {@code tools/awesome-lint/package-lock.json}) on a README rendered
 * in the default style. The only error allowed is {@code awesome-github}, which needs a GitHub remote.
 *
 * <p>Needs Node and npm: the pinned tree is installed with {@code npm ci} on first use. Without npm the
 * test is skipped with a loud message, unless it runs in CI ({@code CI=true}) or with {@code
 * -Dawesome.requireAwesomeLint=true}, where that is a failure.
 */
class AwesomeLintCompatibilityTest {

  private static final Pattern RULE = Pattern.compile("remark-lint:([\\w-]+)");

  @TempDir Path listRepo;

  @Test
  void theDefaultStylePassesAwesomeLint() throws Exception {
    Path tool = Path.of(System.getProperty("awesome.lint.dir", "../tools/awesome-lint")).toAbsolutePath().normalize();
    Path executable = tool.resolve("node_modules/.bin/awesome-lint");
    if (!Files.isExecutable(executable)) {
      requireNpm();
      run(tool, 300, "npm", "ci", "--no-audit", "--no-fund");
    }
    Files.writeString(listRepo.resolve("README.md"), MarkdownRenderer.create().render(SampleLists.everything()), UTF_8);
    Files.writeString(listRepo.resolve("contributing.md"), "Open a pull request that adds one entry.\n", UTF_8);

    String output = run(listRepo, 120, executable.toString(), "README.md");

    TreeSet<String> rules = new TreeSet<>();
    Matcher matcher = RULE.matcher(output);
    while (matcher.find()) {
      rules.add(matcher.group(1));
    }
    // awesome-github proves that the linter ran and that its output was read.
    assertThat(rules).as("awesome-lint said:%n%s", output).contains("awesome-github");
    rules.remove("awesome-github");
    assertThat(rules).as("awesome-lint said:%n%s", output).isEmpty();
  }

  private static void requireNpm() {
    if (onPath("npm") && onPath("npx")) {
      return;
    }
    String message = "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
        + "!! awesome-lint compatibility NOT CHECKED: npm/npx are not on the PATH.  !!\n"
        + "!! Install Node.js 20+ and rerun, or run .ci/run, which requires it.      !!\n"
        + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n";
    System.err.println(message);
    if (Boolean.getBoolean("awesome.requireAwesomeLint") || "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI (or -Dawesome.requireAwesomeLint) requires awesome-lint, but npm/npx are missing" + message);
    }
    Assumptions.abort("npm/npx not on the PATH: awesome-lint check skipped");
  }

  private static boolean onPath(String command) {
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

  private static String run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", cmd) + " did not finish in " + timeoutSeconds + " s");
    }
    return new String(output, UTF_8);
  }
}

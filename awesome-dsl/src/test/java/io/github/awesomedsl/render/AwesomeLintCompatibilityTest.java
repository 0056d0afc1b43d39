package io.github.awesomedsl.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.testing.NpmTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real awesome-lint (pinned in {@code tools/npm/package-lock.json}) on a README rendered in the
 * default style. The only error allowed is {@code awesome-github}, which needs a GitHub remote.
 */
class AwesomeLintCompatibilityTest {

  /** An error line of awesome-lint's report ({@code ✖  1:1  message  remark-lint:rule}); warnings start with ⚠. */
  private static final Pattern ERROR_RULE = Pattern.compile("✖.*remark-lint:([\\w-]+)");

  @TempDir Path listRepo;

  @Test
  void theDefaultStylePassesAwesomeLint() throws Exception {
    Files.writeString(listRepo.resolve("README.md"), MarkdownRenderer.create().render(SampleLists.everything()), UTF_8);
    Files.writeString(listRepo.resolve("contributing.md"), "Open a pull request that adds one entry.\n", UTF_8);
    assertOnlyAwesomeGithub(listRepo);
  }

  /** The example list's committed README (rendered in the paper style by the build) passes too. */
  @Test
  void theExampleListPassesAwesomeLint() throws Exception {
    Path example = Path.of("../example-list").toAbsolutePath().normalize();
    Files.copy(example.resolve("README.md"), listRepo.resolve("README.md"));
    Files.copy(example.resolve("contributing.md"), listRepo.resolve("contributing.md"));
    assertOnlyAwesomeGithub(listRepo);
  }

  private static void assertOnlyAwesomeGithub(Path listRepo) throws Exception {
    Path awesomeLint = NpmTools.nodeModules().resolve(".bin/awesome-lint");
    String output = NpmTools.run(listRepo, 120, awesomeLint.toString(), "README.md").output();

    TreeSet<String> rules = new TreeSet<>();
    Matcher matcher = ERROR_RULE.matcher(output);
    while (matcher.find()) {
      rules.add(matcher.group(1));
    }
    // awesome-github proves that the linter ran and that its output was read.
    assertThat(rules).as("awesome-lint said:%n%s", output).contains("awesome-github");
    rules.remove("awesome-github");
    assertThat(rules).as("awesome-lint said:%n%s", output).isEmpty();
  }
}

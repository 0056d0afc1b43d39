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

    @TempDir
    Path listRepo;

    @Test
    void theDefaultStylePassesAwesomeLint() throws Exception {
        Files.writeString(
                listRepo.resolve("README.md"), MarkdownRenderer.create().render(SampleLists.everything()), UTF_8);
        Files.writeString(listRepo.resolve("contributing.md"), "Open a pull request that adds one entry.\n", UTF_8);
        assertOnlyAwesomeGithub(listRepo);
    }

    /**
     * A duplicate the list accepts with a reason is marked for awesome-lint too ({@code <!--lint ignore
     * double-link-->} before each block that holds it), and the contributing guide the list declares is
     * linked from the Contributing section: awesome-lint passes on a new repository.
     */
    @Test
    void aSuppressedDuplicateAndAContributingGuidePassAwesomeLint() throws Exception {
        var list = io.github.awesomedsl.dsl.AwesomeDsl.list("Awesome Mirrors")
                .badge(io.github.awesomedsl.model.Badge.AWESOME)
                .description("Mirrors of things.")
                .section(io.github.awesomedsl.dsl.AwesomeDsl.section("Tools")
                        .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry("Chatcad")
                                .url("https://github.com/zhaozh10/ChatCAD")
                                .description("Interactive CAD with LLMs."))
                        .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry("Chatcad+")
                                .url("https://github.com/zhaozh10/ChatCAD")
                                .description("Its successor, in the same repository.")
                                .suppress("duplicate-url", "two papers of one repository")))
                .section(io.github.awesomedsl.dsl.AwesomeDsl.section("Others")
                        .entry(io.github.awesomedsl.dsl.AwesomeDsl.entry("Other")
                                .url("https://other.example.com")
                                .description("Else.")))
                .contributingGuide("contributing.md")
                .build();
        String readme = MarkdownRenderer.create().render(list);
        assertThat(readme)
                .contains("<!--lint ignore double-link-->\n\n- [Chatcad](")
                .contains("Read the [contribution guidelines](contributing.md) first.");
        Files.writeString(listRepo.resolve("README.md"), readme, UTF_8);
        Files.writeString(listRepo.resolve("contributing.md"), "Open a pull request that adds one entry.\n", UTF_8);
        assertOnlyAwesomeGithub(listRepo);
    }

    /** The opt-in stars after entries, in tables and after entries without a description, pass awesome-lint. */
    @Test
    void repositoryStatsPassAwesomeLint() throws Exception {
        Files.writeString(
                listRepo.resolve("README.md"), RepositoryStatsRenderingTest.render(RenderOptions.defaults()), UTF_8);
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
        String output =
                NpmTools.run(listRepo, 120, awesomeLint.toString(), "README.md").output();

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

package io.github.awesomedsl.maven.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MarkdownFixerTest {

    private static final MarkdownLint LINT = new MarkdownLint(Validator.withDefaultRules());
    private static final MarkdownFixer NO_CACHE = new MarkdownFixer(WhitespaceStyle.DEFAULT, url -> Optional.empty());

    @Test
    void eachSafeFixIsMadeAndASecondRunChangesNothing() {
        String markdown = """
        # Awesome Things [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

        > Things worth having.

        ## Contents

        - [Tool](#tools)
        - - [Old](#old)

        ## Tools

        - [A](https://a.example.com) – Uses javascript.\t\s
        - [B](https://b.example.com): Runs on github.
        - [C](https://c.example.com) Nothing between.
        - [D](http://d.example.com) - Moved for good.

        ```make
        all:\t
        \techo tab  \s
        ```

        ## Data

        - [E](https://e.example.com) - Hard break follows. \s
          Second line.
        """;
        MarkdownFixer fixer = new MarkdownFixer(
                WhitespaceStyle.DEFAULT,
                url -> url.equals("http://d.example.com") ? Optional.of("https://d.example.com/") : Optional.empty());
        MarkdownFixer.Result result = fixer.fix(markdown);
        assertThat(result.fixed()).isEqualTo("""
        # Awesome Things [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

        > Things worth having.

        ## Contents

        - [Tools](#tools)
        - [Data](#data)

        ## Tools

        - [A](https://a.example.com) - Uses JavaScript.
        - [B](https://b.example.com) - Runs on GitHub.
        - [C](https://c.example.com) - Nothing between.
        - [D](https://d.example.com/) - Moved for good.

        ```make
        all:\t
        \techo tab  \s
        ```

        ## Data

        - [E](https://e.example.com) - Hard break follows. \s
          Second line.
        """);
        assertThat(result.fixes())
                .extracting(MarkdownFixer.Fix::ruleId)
                .containsExactlyInAnyOrder(
                        "toc-anchor",
                        "item-separator",
                        "spelling",
                        "whitespace",
                        "item-separator",
                        "spelling",
                        "item-separator",
                        "redirect");
        assertThat(fixer.fix(result.fixed()).fixes()).isEmpty();
    }

    @Test
    void aServersLocationHeaderNeverBecomesMarkup() {
        String markdown = "# Awesome X\n\n## Tools\n\n- [A](http://a.example.com) - A.\n";
        for (String hostile : Set.of(
                "https://x.example.com/) [evil](https://evil.example.com",
                "javascript:alert(1)",
                "https://x.example.com/\n# Heading")) {
            MarkdownFixer fixer = new MarkdownFixer(WhitespaceStyle.DEFAULT, url -> Optional.of(hostile));
            String fixed = fixer.fix(markdown).fixed();
            assertThat(ImportLoss.urls(fixed)).as(hostile).hasSize(1);
            assertThat(fixed)
                    .doesNotContain("evil](")
                    .doesNotContain("javascript:")
                    .doesNotContain("\n# Heading");
        }
    }

    @Test
    void tabsOfIndentationStayWhenTheEditorconfigAsksForThem() {
        String markdown =
                "# Awesome X\n\n## Tools\n\n- [A](https://a.example.com) - A.\n\t- [B](https://b.example.com) - B.\n";
        assertThat(new MarkdownFixer(new WhitespaceStyle(true, true), url -> Optional.empty())
                        .fix(markdown)
                        .fixes())
                .isEmpty();
    }

    @Test
    void theSeedFixedHasNoneOfTheFixedFindingsAndEveryUrl() throws Exception {
        Path seed = Path.of("../../shared/seed/awesome-foundation-models-healthcare.md");
        if (!Files.exists(seed)) {
            assertThat("true".equals(System.getenv("CI")))
                    .as("the seed is beside the checkout in CI")
                    .isFalse();
            Assumptions.abort("shared/seed is not beside this checkout");
        }
        String original = Files.readString(seed, UTF_8);
        String fixed = NO_CACHE.fix(original).fixed();
        assertThat(LINT.lint("README.md", fixed))
                .extracting(LintFinding::ruleId)
                .doesNotContain("whitespace", "list-marker", "toc-anchor", "toc-text", "item-separator");
        assertThat(LINT.lint("README.md", original))
                .extracting(LintFinding::ruleId)
                .contains("whitespace", "list-marker", "toc-anchor", "toc-text");
        assertThat(ImportLoss.urls(fixed)).containsExactlyElementsOf(ImportLoss.urls(original));
        assertThat(NO_CACHE.fix(fixed).fixes()).isEmpty();
        Map<String, Long> counts = new java.util.TreeMap<>();
        NO_CACHE.fix(original).fixes().forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
        assertThat(counts)
                .containsEntry("whitespace", 8L)
                .containsEntry("spelling", 3L)
                .containsEntry("toc-anchor", 1L);
    }

    /** A run of doubled markers, however long, is fixed in one run: the next finds nothing (found by the fuzz test). */
    @Test
    void aLongRunOfDoubledMarkersIsFixedAtOnce() {
        String markdown = "# Awesome Things\n\n" + "- ".repeat(50) + "[A](https://a.example.com) - Thing.\n";
        MarkdownFixer.Result once = NO_CACHE.fix(markdown);
        assertThat(once.fixed()).isEqualTo("# Awesome Things\n\n- [A](https://a.example.com) - Thing.\n");
        assertThat(NO_CACHE.fix(once.fixed()).fixes()).isEmpty();
    }
}

package io.github.awesomedsl.maven.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.validate.Validator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What maintainers of real lists saw as noise flags nothing (one snippet per false-positive class, each
 * a minimal form of what real lists wrote), and the defects awesome-lint finds are found at their line
 * and column.
 */
class LintPrecisionTest {

    private static final MarkdownLint LINT = new MarkdownLint(Validator.withDefaultRules());

    /** A clean list around {@code items}, which start at line 9. */
    private static String list(String items) {
        return "# Awesome Things [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
                + "> Things worth having.\n\n## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n" + items;
    }

    private static List<String> lint(String markdown) {
        return lint(markdown, WhitespaceStyle.DEFAULT);
    }

    private static List<String> lint(String markdown, WhitespaceStyle style) {
        return LINT.lint("README.md", markdown, style).stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId())
                .toList();
    }

    @Test
    void theFrameIsClean() {
        assertThat(lint(list("- [A](https://a.example.com) - Does a.\n"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // description-style: endings awesome-lint accepts, metadata after the prose
                "- [A](https://a.example.com) - Does things. (MIT)\n",
                "- [A](https://a.example.com) - Does things?\n",
                "- [A](https://a.example.com) - Does things. ([Demo](https://a.example.com/demo)) `MIT` `Go`\n",
                "- [A](https://a.example.com) - Does things. 🚀\n",
                // duplicate-url: routes of a single-page site, parts of a page
                "- [A](https://s.example.com/#!/a) - Route a.\n- [B](https://s.example.com/#!/b) - Route b.\n",
                "- [A](https://d.example.com/docs#tools) - Part a.\n- [B](https://d.example.com/docs#other) - Part b.\n",
                // duplicate-title: letter case makes another name
                "- [Steam](https://steam.example.com) - Games.\n- [STEAM](https://steam-edu.example.com) - Lessons.\n",
                // duplicate-row: one date, two papers
                "| Date | Paper |\n| --- | --- |\n| 2023-01 | [P](https://p.example.com) |\n| 2023-01 | [Q](https://q.example.com) |\n",
                // spelling: words of URL paths and comments
                "- [A](https://a.example.com) - Runs on https://github.com/openjdk/jdk with .github/ files.\n",
                // control-characters: the line breaks of raw HTML and nested lists
                "<details>\n<summary>More</summary>\n\n- [A](https://a.example.com) - Does a.\n  - [B](https://b.example.com) - Does b.\n\n</details>\n",
                // toc-text and bold-heading: back-to-top links
                "- [A](https://a.example.com) - Does a.\n\n**[⬆ back to top](#contents)**\n",
                "- [A](https://a.example.com) - Does a.\n\n[↑ Back to Top](#awesome-things)\n",
                // relative links are links of the repository
                "- [Guide](./docs/guide.md) - How to use it.\n- [Parent](../README.md) - The parent list.\n",
                // nested items and groups
                "- [A](https://a.example.com) - Does a.\n  - [B](https://b.example.com) - Plugin of a.\n- Group\n  - [C](https://c.example.com) - Does c.\n",
            })
    void whatRealListsDoOnPurposeFlagsNothing(String items) {
        assertThat(lint(list(items))).as(items).isEmpty();
    }

    @Test
    void aProseSectionIsNotEmpty() {
        assertThat(lint(list("- [A](https://a.example.com) - Does a.\n\n## License\n\nMIT.\n")
                        .replace("- [Tools](#tools)\n", "- [Tools](#tools)\n- [License](#license)\n")))
                .isEmpty();
    }

    @Test
    void tabsForIndentationFollowTheEditorconfig(@TempDir Path dir) throws Exception {
        String markdown = list("- [A](https://a.example.com) - Does a.\n\t- [B](https://b.example.com) - Does b.\n");
        assertThat(lint(markdown)).containsExactly("12:1 whitespace");
        Files.writeString(dir.resolve(".editorconfig"), "root = true\n\n[*.md]\nindent_style = tab\n");
        Path readme = Files.writeString(dir.resolve("README.md"), markdown);
        WhitespaceStyle style = WhitespaceStyle.of(readme);
        assertThat(style.tabIndent()).isTrue();
        assertThat(lint(markdown, style)).isEmpty();
        assertThat(lint(markdown.replace("Does b.", "Does\tb."), style)).containsExactly("12:37 whitespace");
    }

    @Test
    void trailingWhitespaceFollowsTheEditorconfig(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".editorconfig"), "root = true\n\n[*]\ntrim_trailing_whitespace = false\n");
        Path readme = Files.writeString(dir.resolve("README.md"), "x");
        String markdown = list("- [A](https://a.example.com) - Does a. \n");
        assertThat(lint(markdown)).containsExactly("11:39 whitespace");
        assertThat(lint(markdown, WhitespaceStyle.of(readme))).isEmpty();
    }

    @Test
    void aCorrectListInTheHouseStylesOfRealListsHasNoFindings(@TempDir Path dir) throws Exception {
        String markdown;
        try (InputStream in = getClass().getResourceAsStream("/lint/house-styles.md")) {
            markdown = new String(in.readAllBytes(), UTF_8);
        }
        Files.writeString(dir.resolve(".editorconfig"), "root = true\n\n[*.md]\nindent_style = tab\n");
        WhitespaceStyle style = WhitespaceStyle.of(Files.writeString(dir.resolve("README.md"), markdown));
        assertThat(LINT.lint("README.md", markdown, style)).isEmpty();
    }

    @Test
    void separatorsOtherThanAHyphenAreFoundAtTheirColumn() {
        assertThat(lint(list("""
        - [Hyphen](https://h.example.com) - Fine.
        - [En](https://en.example.com) – An en dash.
        - [Em](https://em.example.com) — An em dash.
        - [Colon](https://colon.example.com): A colon.
        - [None](https://none.example.com) Only a space.
        - **[Bold](https://bold.example.com)** – Then an en dash.
        """)))
                .containsExactly(
                        "12:31 item-separator",
                        "13:31 item-separator",
                        "14:37 item-separator",
                        "15:35 item-separator",
                        "16:39 item-separator");
    }

    @Test
    void aRepeatedNameAndAMissingSpaceBeforeALinkAreFound() {
        assertThat(lint(list("""
        - [Foo](https://foo.example.com) - Foo is a tool for bars.
        - A model of things.[[Paper]](https://paper.example.org/a)
        """))).containsExactly("11:1 repeated-name", "12:21 link-spacing");
    }

    @Test
    void duplicateLinksInsideNestedItemsAreFound() {
        assertThat(lint(list("""
        - [A](https://a.example.com) - Does a.
          - [A Plugin](https://a.example.com/) - The same link.
        """))).containsExactly("12:1 duplicate-url");
    }

    @Test
    void aSectionWrittenInAnotherFormIsFoundOnce() {
        String papers = "- [Nature] Paper %d. [[Paper]](https://p.example.org/%d) [[Code]](https://c.example.org/%d)\n";
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            items.append(String.format(papers, i, i, i));
        }
        items.append("\n## Other\n\n");
        for (int i = 3; i < 5; i++) {
            items.append(String.format(papers, i, i, i).replace(") [[Code]]", "), [[Code]]"));
        }
        assertThat(lint(list(items.toString())
                        .replace("- [Tools](#tools)\n", "- [Tools](#tools)\n- [Other](#other)\n")))
                .containsExactly("18:57 item-form");
    }
}

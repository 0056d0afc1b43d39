package io.github.awesomedsl.maven.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.validate.Validator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MarkdownLintTest {

    private static final MarkdownLint LINT = new MarkdownLint(Validator.withDefaultRules());

    private static List<String> lint(String markdown) {
        return LINT.lint("README.md", markdown).stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId())
                .toList();
    }

    @Test
    void aCorrectListHasNoFindings() throws Exception {
        String markdown;
        try (InputStream in = getClass().getResourceAsStream("/lint/correct-list.md")) {
            markdown = new String(in.readAllBytes(), UTF_8);
        }
        assertThat(LINT.lint("README.md", markdown)).isEmpty();
    }

    @Test
    void crlfLineEndsAreNotTrailingWhitespace() throws Exception {
        String markdown;
        try (InputStream in = getClass().getResourceAsStream("/lint/correct-list.md")) {
            markdown = new String(in.readAllBytes(), UTF_8).replace("\n", "\r\n");
        }
        assertThat(LINT.lint("README.md", markdown)).isEmpty();
        String slip = markdown.replaceFirst("\r\n", " \r\n"); // a space after the title, before its line end
        assertThat(lint(slip)).containsExactly("1:" + (markdown.indexOf('\r') + 1) + " whitespace");
    }

    @Test
    void findsEachDefectClassOfTheSeedAtItsLine() throws Exception {
        Path seed = Path.of("../../shared/seed/awesome-foundation-models-healthcare.md");
        if (!Files.exists(seed)) {
            assertThat("true".equals(System.getenv("CI")))
                    .as("the seed is beside the checkout in CI")
                    .isFalse();
            Assumptions.abort("shared/seed is not beside this checkout");
        }
        List<String> findings = lint(Files.readString(seed, UTF_8));
        assertThat(findings)
                .contains(
                        "1:1 title-case",
                        "7:1 multiple-h1",
                        "8:3 toc-anchor", // #Awesome-Foundation-… (anchors are lowercase)
                        "9:3 toc-text", // "Related Survery"
                        "11:5 toc-anchor", // #lfm-methods for "LFM methods in healthcare"
                        "16:1 list-marker", // "- - [LFM data]"
                        "23:1 empty-section", // Related Survey
                        "29:1 bold-heading", // **2023**
                        "38:1 duplicate-url", // Qilin-med's code link is Meditron's
                        "107:1 year-mismatch", // BioBART filed under 2020
                        "112:1 duplicate-url", // ClinicalBERT's paper link is GatorTron's
                        "112:1 year-mismatch",
                        "185:2 empty-link", // [DeepLesion]()
                        "185:80 relative-url", // nihcc.app.box.com
                        "186:33 whitespace", // a tab in a cell
                        "188:1 duplicate-row", // the repeated nameless rows
                        "195:2 nested-link", // the CellxGene link inside a link target
                        "208:1 insecure-url", // http where the host serves https
                        "179:1 plain-http", // http where nothing says whether the host serves https: an info, not
                        // silence
                        "80:121 whitespace", // trailing spaces
                        "165:76 link-spacing", // "modeling.[[Paper]]"
                        "117:193 item-form", // one section separates its links by ", ", the rest by spaces
                        "164:1 missing-venue"); // the MFM entries give no venue, the list's others do
        assertThat(findings).as("every finding a maintainer reads").hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void honoursAwesomeLintComments() {
        String markdown = """
        # Awesome Things [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

        ## Contents

        - [Tools](#tools)

        ## Tools

        <!--lint ignore double-link-->
        - [A](https://a.org) - First.
        - [B](https://a.org) - Same link.

        <!--lint disable awesome-list-item-->

        - [C](https://c.org) - no capital, no period

        <!--lint enable awesome-list-item-->

        - [D](https://d.org) - no period either
        """;
        assertThat(lint(markdown))
                .as("capital and punctuation, on D only")
                .containsExactly("19:1 description-style", "19:1 description-style");
    }

    @Test
    void readsTheListOfAReadme() {
        var list = new MarkdownListReader("README.md").read("""
        # Awesome Papers

        ## Methods

        **2023**
        - [arXiv] Pmc-llama: Towards building open-source models. [[Paper]](https://arxiv.org/abs/2304.14454) [[Code]](https://github.com/chaoyi-wu/PMC-LLaMA)

        ## Tutorials

        [Geneformer Tutorial](https://example.org/t)
        """);
        var entry = (io.github.awesomedsl.model.Entry)
                list.sections().get(0).items().get(0);
        assertThat(entry.title()).isEqualTo("Pmc-llama: Towards building open-source models");
        assertThat(entry.venue().orElseThrow().name()).isEqualTo("arXiv");
        assertThat(entry.year()).hasValue(2023);
        assertThat(entry.links()).extracting(l -> l.kind().name()).containsExactly("PAPER", "CODE");
        assertThat(entry.location().line()).isEqualTo(6);
        assertThat(list.sections().get(0).groupByYear()).isTrue();
        assertThat(list.sections().get(1).items().get(0).title()).isEqualTo("Geneformer Tutorial");
    }

    /** A README long enough to be parsed in pieces: findings, directives and the list span the cuts. */
    @Test
    void aReadParsedInPiecesIsLintedAsAWhole() {
        StringBuilder md = new StringBuilder();
        int[] line = {0};
        java.util.function.Consumer<String> add = text -> {
            md.append(text).append('\n');
            line[0]++;
        };
        add.accept("# Awesome Big [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)");
        add.accept("");
        add.accept("Things, a lot of them.");
        add.accept("");
        add.accept("## Contents");
        add.accept("");
        for (int s = 0; s < 5; s++) {
            add.accept("- [Section " + s + "](#section-" + s + ")");
        }
        int missingAnchor = line[0] + 1;
        add.accept("- [Section 9](#section-9)");
        int emptyLink = 0;
        int disabled = 0;
        int enabled = 0;
        int badDescription = 0;
        for (int s = 0; s < 5; s++) {
            add.accept("");
            add.accept("## Section " + s);
            add.accept("");
            if (s == 1) {
                add.accept("<!--lint disable awesome-list-item-->");
                add.accept("");
            }
            if (s == 4) {
                add.accept("<!--lint enable awesome-list-item-->");
                add.accept("");
            }
            for (int i = 0; i < 1500; i++) {
                if (s == 3 && i == 700) {
                    emptyLink = line[0] + 1;
                    add.accept("- [](https://example.org/empty) - Has no text.");
                } else if (s == 2 && i == 10) {
                    disabled = line[0] + 1;
                    add.accept("- [Quiet " + i + "](https://example.org/q) - silenced by the comment");
                } else if (s == 4 && i == 1400) {
                    badDescription = line[0] + 1;
                    add.accept("- [Loud " + i + "](https://example.org/l) - reported after the comment");
                } else {
                    add.accept(
                            "- [Tool " + s + "-" + i + "](https://example.org/" + s + "/" + i + ") - Does " + i + ".");
                }
            }
        }
        assertThat(MarkdownParsing.cuts(md.toString(), MarkdownParsing.CHUNK_LINES))
                .as("pieces")
                .hasSizeGreaterThan(2);
        assertThat(lint(md.toString()))
                .containsExactly(
                        missingAnchor + ":3 toc-anchor",
                        emptyLink + ":3 empty-link",
                        badDescription + ":1 description-style",
                        badDescription + ":1 description-style");
        assertThat(disabled).isPositive();

        var list = new MarkdownListReader("README.md").read(md.toString());
        assertThat(list.sections())
                .extracting(io.github.awesomedsl.model.Section::title)
                .containsExactly("Section 0", "Section 1", "Section 2", "Section 3", "Section 4");
        assertThat(list.sections())
                .allSatisfy(section -> assertThat(section.items()).hasSize(1500));
        assertThat(list.sections().get(4).items().get(1400).location().line()).isEqualTo(badDescription);
    }
}

package io.github.awesomedsl.maven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A README parsed in pieces gives the blocks of the README parsed whole: same HTML, same lines. The
 * property cuts at every heading it may (pieces of one line and up) on files made of the constructs that
 * could make a cut wrong: fences (closed or not, indented or not, with backticks in their info string),
 * HTML blocks of every kind, lists, quotes, tables, headings with pipes, link reference definitions.
 */
class MarkdownChunksTest {

    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private static final String[] LINES = {
        "# Heading",
        "## Second",
        "### Third | with pipe",
        "#not a heading",
        "####### seven",
        "#",
        "# ",
        "Text line.",
        "- item",
        "- [Tool](https://example.org) - Does it.",
        "  continued",
        "    indented code",
        "> quote",
        "> # quoted",
        "```",
        "```java",
        "  ```",
        "~~~",
        "````",
        "``` a ` b",
        "```x```",
        "<!-- comment -->",
        "<!--",
        "-->",
        "<div>",
        "</div>",
        "  <div>",
        "<img src=\"x.png\">",
        "<pre>",
        "</pre>",
        "<?php",
        "?>",
        "<!DOCTYPE html>",
        "<span>text",
        "| a | b |",
        "| --- | --- |",
        "| 1 | 2 |",
        "[ref]: https://example.org",
        "[link][ref]",
        "",
        "",
        "",
        "1. one",
        "***",
        "Setext",
        "===",
        "\t# tab",
        " # indented heading",
        "<https://example.org>",
        "# Heading\r",
        "text\r"
    };

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(LINES).list().ofMaxSize(40).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 3000)
    void piecesParseToTheBlocksOfTheWhole(@ForAll("documents") String markdown) {
        assertSameBlocks(markdown);
    }

    @Example
    void aFenceInAListItemDoesNotShiftTheFencesAfterIt() {
        // the indented fence belongs to the item and ends with it at "# B"; the next fence holds "# not a heading"
        assertSameBlocks("# A\n- item\n\n  ```\n# B\n```\n# not a heading\n```\n# C\n");
        // likewise an indented HTML block: it ends with the item at "# B", and the fence after it holds a heading line
        assertSameBlocks("# A\n- item\n  <div>\n# B\n```\n\n# not a heading\n```\n# C\n");
        // a lone tag starts an HTML block after a blank line but not after text: its end is not known
        assertSameBlocks("# A\ntext\n<img src=\"x\">\n```\n\n# in the fence\n```\n# B\n");
    }

    private static void assertSameBlocks(String markdown) {
        Node whole = MarkdownParsing.parse(markdown);
        StringBuilder html = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        for (MarkdownParsing.Chunk chunk : MarkdownParsing.chunks(markdown, 1)) {
            html.append(HTML.render(chunk.document()));
            for (Node block = chunk.document().getFirstChild(); block != null; block = block.getNext()) {
                lines.add(chunk.line(block));
            }
        }
        List<Integer> wholeLines = new ArrayList<>();
        for (Node block = whole.getFirstChild(); block != null; block = block.getNext()) {
            wholeLines.add(MarkdownParsing.line(block));
        }
        assertThat(html.toString()).isEqualTo(HTML.render(whole));
        assertThat(lines).isEqualTo(wholeLines);
    }

    @Example
    void largeListsAreCutAtHeadingsOnly() {
        StringBuilder md = new StringBuilder("# Awesome\n\n");
        for (int section = 0; section < 10; section++) {
            md.append("## Section ").append(section).append("\n\n");
            for (int i = 0; i < 500; i++) {
                md.append("- [Tool ")
                        .append(i)
                        .append("](https://example.org/")
                        .append(i)
                        .append(") - Does it.\n");
            }
            md.append('\n');
        }
        List<MarkdownParsing.Cut> cuts = MarkdownParsing.cuts(md.toString(), 1000);
        // the start, then sections 2, 4, 6 and 8 (a section is 503 lines: each piece ends at the first heading after
        // 1,000)
        assertThat(cuts).extracting(MarkdownParsing.Cut::line).containsExactly(0, 1008, 2014, 3020, 4026);
        for (MarkdownParsing.Cut cut : cuts.subList(1, cuts.size())) {
            assertThat(md.substring(cut.offset())).startsWith("## Section ");
            assertThat(md.substring(0, cut.offset()).split("\n", -1)).hasSize(cut.line() + 1);
        }
    }

    @Example
    void headingsInFencesAndHtmlAreNotCuts() {
        String md = "# A\n```sh\n# comment\n```\n<!--\n# hidden\n-->\n<div>\n# in html\n\n# B\n";
        assertThat(MarkdownParsing.cuts(md, 1))
                .extracting(MarkdownParsing.Cut::line)
                .containsExactly(0, 10);
    }

    @Example
    void filesWithReferenceDefinitionsOrIndentedFencesAreNotCut() {
        assertThat(MarkdownParsing.cuts("# A\n[x][r]\n# B\n[r]: https://example.org\n", 1))
                .hasSize(1);
        assertThat(MarkdownParsing.cuts("# A\n- item\n\n  ```\n# B\n", 1)).hasSize(1);
    }
}

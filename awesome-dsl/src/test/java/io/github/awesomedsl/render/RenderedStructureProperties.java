package io.github.awesomedsl.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Whatever Unicode a list holds, its rendered Markdown, parsed back by commonmark-java with GFM tables,
 * has exactly the intended structure: one heading per section, one list item per entry with the title as
 * the link's text and the URL as its destination, one cell per cell, the same text everywhere, and no
 * injected link, heading, HTML, code, emphasis, quote, rule or table column.
 */
class RenderedStructureProperties {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** Pieces that are special somewhere in Markdown, mixed with letters of several scripts. */
    static final String[] TOKENS = {
        "a",
        "Z",
        "0",
        "9",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\u2028",
        "\u0000",
        "\u007f",
        "\\",
        "`",
        "*",
        "_",
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "!",
        "#",
        "|",
        "~",
        "$",
        "&",
        ":",
        ".",
        "-",
        "+",
        "=",
        "@",
        "^",
        "\"",
        "'",
        "{",
        "}",
        "%",
        "http://x.org",
        "https://y.org/p",
        "www.z.org",
        "a@b.co",
        "&amp;",
        "&#x41;",
        "&copy;",
        "<div>",
        "</b>",
        "<!--",
        "**",
        "__",
        "```",
        "~~",
        "    ",
        "1. ",
        "2) ",
        "- ",
        "+ ",
        "# ",
        "> ",
        "---",
        "===",
        "| --- |",
        "[x](y)",
        "![i](j)",
        "[^1]",
        "\\|",
        "$x$",
        "中",
        "文",
        "한",
        "é",
        "e\u0301",
        "ß",
        "İ",
        "Σ",
        "😀",
        "❤\uFE0F",
        "👨\u200D👩\u200D👧",
        "\u200B",
        "\u00A0"
    };

    static final String[] URL_TOKENS = {
        "a", "b", "/", "?", "=", "&", "&amp;", "#", " ", "(", ")", "((", "))", "<", ">", "\\", "|", "%20", "é", "~",
        "*", "_"
    };

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> urls() {
        return Arbitraries.of(URL_TOKENS)
                .list()
                .ofMaxSize(10)
                .map(parts -> "https://example.org/" + String.join("", parts));
    }

    @Provide
    Arbitrary<Entry> entries() {
        return Combinators.combine(texts(), texts().injectNull(0.3), urls()).as((title, description, url) -> {
            Entry.Builder entry = Entry.builder(title).url(url);
            if (description != null) {
                entry.description(description);
            }
            return entry.build();
        });
    }

    @Provide
    Arbitrary<Table> tables() {
        return Arbitraries.integers()
                .between(1, 4)
                .flatMap(columns -> Combinators.combine(
                                texts().list().ofSize(columns),
                                Combinators.combine(texts(), urls())
                                        .as(Cell::link)
                                        .list()
                                        .ofSize(columns)
                                        .list()
                                        .ofMaxSize(4),
                                texts().list().ofSize(columns).list().ofMaxSize(3))
                        .as((names, linkRows, textRows) -> {
                            Table.Builder table =
                                    Table.builder(names.stream().map(Column::of).toArray(Column[]::new));
                            linkRows.forEach(row -> table.row(row.toArray(Cell[]::new)));
                            textRows.forEach(row -> table.row(row.toArray(String[]::new)));
                            return table.build();
                        }));
    }

    @Provide
    Arbitrary<Section> sections() {
        return Combinators.combine(texts(), entries().list().ofMaxSize(5)).as((title, entries) -> {
            Section.Builder section = Section.builder(title);
            entries.forEach(section::entry);
            return section.build();
        });
    }

    @Property(tries = 400)
    void entriesKeepTheirStructureAndText(
            @ForAll("texts") String title, @ForAll("sectionsWithTables") List<Section> sections) {
        AwesomeList list = new AwesomeList(
                title, List.of(), List.of(), sections, List.of(), List.of(), List.of(), SourceLocation.UNKNOWN);
        String markdown = MarkdownRenderer.create().render(list);
        Node document = PARSER.parse(markdown);

        NodeCensus census = new NodeCensus();
        document.accept(census);
        assertThat(census.forbidden).as("injected markup in:%n%s", markdown).isEmpty();

        List<Node> blocks = children(document);
        int at = 0;
        assertHeading(blocks.get(at++), 1, title, markdown);
        int expectedLinks = 0;
        if (!sections.isEmpty()) {
            assertHeading(blocks.get(at++), 2, "Contents", markdown);
            BulletList toc = (BulletList) blocks.get(at++);
            assertThat(children(toc)).as("contents of:%n%s", markdown).hasSize(sections.size());
            expectedLinks += sections.size();
        }
        for (Section section : sections) {
            assertHeading(blocks.get(at++), 2, section.title(), markdown);
            if (!section.items().isEmpty()) {
                List<Node> items = children(blocks.get(at++));
                assertThat(items)
                        .as("one list item per entry in:%n%s", markdown)
                        .hasSize(section.items().size());
                for (int i = 0; i < items.size(); i++) {
                    Entry entry = (Entry) section.items().get(i);
                    assertEntry((ListItem) items.get(i), entry, markdown);
                    expectedLinks++;
                }
            }
            for (Table table : section.tables()) {
                expectedLinks += assertTable((TableBlock) blocks.get(at++), table, markdown);
            }
        }
        assertThat(at).as("no extra blocks in:%n%s", markdown).isEqualTo(blocks.size());
        assertThat(census.links).as("links in:%n%s", markdown).isEqualTo(expectedLinks);
    }

    @Provide
    Arbitrary<List<Section>> sectionsWithTables() {
        return Combinators.combine(
                        sections().list().ofMaxSize(3), tables().list().ofMaxSize(2))
                .as((sections, tables) -> {
                    List<Section> withTables = new ArrayList<>();
                    for (int i = 0; i < sections.size(); i++) {
                        Section s = sections.get(i);
                        List<Table> ts = i == 0 ? tables : List.of();
                        withTables.add(new Section(
                                s.title(),
                                List.of(),
                                s.items(),
                                ts,
                                false,
                                Optional.empty(),
                                List.of(),
                                List.of(),
                                s.location()));
                    }
                    return withTables;
                });
    }

    private static void assertEntry(ListItem item, Entry entry, String markdown) {
        List<Node> blocks = children(item);
        assertThat(blocks).as("one paragraph per item in:%n%s", markdown).hasSize(1);
        List<Node> inlines = children(blocks.get(0));
        assertThat(inlines.get(0))
                .as("item starts with its link in:%n%s", markdown)
                .isInstanceOf(Link.class);
        Link link = (Link) inlines.get(0);
        assertThat(GithubRenderingProperties.canonical(link.getDestination()))
                .as("destination in:%n%s", markdown)
                .isEqualTo(
                        GithubRenderingProperties.canonical(entry.links().get(0).url()));
        assertThat(textOf(link)).as("title in:%n%s", markdown).isEqualTo(MarkdownWriter.normalize(entry.title()));
        String rest = textOf(inlines.subList(1, inlines.size()));
        String expected = entry.description()
                .map(d -> (" - " + MarkdownWriter.normalize(d.plainText())).stripTrailing())
                .orElse("");
        assertThat(rest).as("description in:%n%s", markdown).isEqualTo(expected);
    }

    private static int assertTable(TableBlock block, Table table, String markdown) {
        List<Node> rows = new ArrayList<>();
        for (Node part : children(block)) {
            rows.addAll(children(part));
        }
        assertThat(rows).as("rows in:%n%s", markdown).hasSize(table.rows().size() + 1);
        int links = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Node> cells = children(rows.get(r));
            assertThat(cells)
                    .as("cells of row %d in:%n%s", r, markdown)
                    .hasSize(table.columns().size());
            for (int c = 0; c < cells.size(); c++) {
                String expected = r == 0
                        ? table.columns().get(c).name()
                        : table.rows().get(r - 1).cells().get(c).plainText();
                assertThat(textOf(cells.get(c)))
                        .as("cell %d,%d in:%n%s", r, c, markdown)
                        .isEqualTo(MarkdownWriter.normalize(expected));
                if (r > 0 && table.rows().get(r - 1).cells().get(c) instanceof Cell.Links l) {
                    Link link = (Link) cells.get(c).getFirstChild();
                    assertThat(GithubRenderingProperties.canonical(link.getDestination()))
                            .as("cell link in:%n%s", markdown)
                            .isEqualTo(GithubRenderingProperties.canonical(
                                    l.links().get(0).url()));
                    links++;
                }
            }
            assertThat(rows.get(r)).isInstanceOf(TableRow.class);
        }
        return links;
    }

    private static void assertHeading(Node node, int level, String text, String markdown) {
        assertThat(node).as("heading %s in:%n%s", text, markdown).isInstanceOf(Heading.class);
        assertThat(((Heading) node).getLevel()).isEqualTo(level);
        assertThat(textOf(node)).as("heading text in:%n%s", markdown).isEqualTo(MarkdownWriter.normalize(text));
    }

    private static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    private static String textOf(Node node) {
        return textOf(children(node));
    }

    private static String textOf(List<Node> nodes) {
        StringBuilder text = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof HtmlInline html && html.getLiteral().equals(MarkdownWriter.EMPTY_COMMENT)) {
                continue; // shows nothing: it only keeps an @ from joining an e-mail autolink
            } else if (node instanceof TableCell || node instanceof Link) {
                text.append(textOf(node));
            } else {
                text.append("<").append(node.getClass().getSimpleName()).append(">");
            }
        }
        return text.toString();
    }

    /** Counts links and collects any node the renderer must never produce from text. */
    private static final class NodeCensus extends AbstractVisitor {
        int links;
        final List<String> forbidden = new ArrayList<>();

        @Override
        public void visit(Link link) {
            links++;
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            forbidden.add("image");
        }

        @Override
        public void visit(HtmlInline html) {
            if (!html.getLiteral().equals(MarkdownWriter.EMPTY_COMMENT)) {
                forbidden.add("html " + html.getLiteral());
            }
        }

        @Override
        public void visit(HtmlBlock html) {
            forbidden.add("html block " + html.getLiteral());
        }

        @Override
        public void visit(Code code) {
            forbidden.add("code " + code.getLiteral());
        }

        @Override
        public void visit(Emphasis emphasis) {
            forbidden.add("emphasis");
        }

        @Override
        public void visit(StrongEmphasis strong) {
            forbidden.add("strong");
        }

        @Override
        public void visit(BlockQuote quote) {
            forbidden.add("block quote");
        }

        @Override
        public void visit(OrderedList list) {
            forbidden.add("ordered list");
        }

        @Override
        public void visit(ThematicBreak rule) {
            forbidden.add("thematic break");
        }

        @Override
        public void visit(FencedCodeBlock code) {
            forbidden.add("fenced code");
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            forbidden.add("indented code");
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
        }
    }
}

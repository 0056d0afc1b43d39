package io.github.awesomedsl.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Paragraph;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.testing.CmarkGfm;
import io.github.awesomedsl.testing.HtmlTree;
import io.github.awesomedsl.testing.HtmlTree.Element;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * What GitHub shows is what counts: for any text in any field, the HTML that cmark-gfm (GitHub's engine,
 * with GitHub's extensions) makes of the rendering has exactly the headings, links, cells, images,
 * emphasis and code of the model, no other element, the same visible text, and links to the model's
 * URLs. No e-mail or URL autolink, no decoded entity, no emphasis lost at an edge.
 */
class GithubRenderingProperties {

    private static final String[] EXTRA_TOKENS = {
        "security@evil.example",
        "x.y+z@mail.example.org",
        "mailto:a@b.co",
        "xmpp:a@b.co/r",
        "@",
        "\u00A0",
        "\u2003",
        "(",
        ")",
        "\"",
        "'",
        "!",
        "![",
        "www.evil.example",
        "https://evil.example",
        "ftp://e.example",
        "&quot;",
        "&#65;",
        "&#x41;",
        "&nbsp;",
        ",",
        "?",
        "…",
        "«",
        "»",
        "—",
        "✓",
        "<script>",
        "<img src=x>",
        ":smile:",
        "~~x~~",
        "[ ] ",
        "[x]",
        "\u202E",
        "a",
        "b",
        "中"
    };

    private static final String[] EXTRA_URL_TOKENS = {
        "&quot;", "&#65;", "&#x41;", "&nbsp;", "@", "!", "'", "\"", "[", "]", "^", "{", "}", "`", "%", "%41", "+", ",",
        ";"
    };

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(Stream.concat(Stream.of(RenderedStructureProperties.TOKENS), Stream.of(EXTRA_TOKENS))
                        .toList())
                .list()
                .ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }

    Arbitrary<String> urls() {
        return Arbitraries.of(
                        Stream.concat(Stream.of(RenderedStructureProperties.URL_TOKENS), Stream.of(EXTRA_URL_TOKENS))
                                .toList())
                .list()
                .ofMaxSize(8)
                .map(parts -> "https://example.org/" + String.join("", parts));
    }

    Arbitrary<Inline> inlines() {
        return Arbitraries.oneOf(
                texts().map(Inline::text),
                Combinators.combine(texts(), urls()).as(Inline::link),
                texts().map(Inline::code),
                texts().map(Inline::emphasis),
                texts().map(Inline::strong),
                texts().map(Inline::strikethrough),
                Combinators.combine(texts(), urls()).as(Inline::image),
                Combinators.combine(texts(), urls(), urls()).as(Inline::badge),
                Arbitraries.just(Inline.lineBreak()));
    }

    Arbitrary<Paragraph> paragraphs() {
        return inlines().list().ofMinSize(1).ofMaxSize(5).map(spans -> new Paragraph(spans, SourceLocation.UNKNOWN));
    }

    Arbitrary<Entry> entries() {
        Arbitrary<RichText> descriptions = Arbitraries.oneOf(
                texts().map(RichText::of),
                inlines().list().ofMinSize(1).ofMaxSize(4).map(RichText::new));
        return Combinators.combine(texts(), descriptions.injectNull(0.3), urls())
                .as((title, description, url) -> {
                    Entry.Builder entry = Entry.builder(title).url(url);
                    if (description != null) {
                        entry.description(description);
                    }
                    return entry.build();
                });
    }

    Arbitrary<Table> tables() {
        return Combinators.combine(texts(), texts(), texts(), urls())
                .as((name, text, label, url) -> Table.builder(Column.of(name), Column.of("Link"))
                        .row(Cell.text(text), Cell.link(label, url))
                        .build());
    }

    Arbitrary<Section> sections() {
        return Combinators.combine(
                        texts(), entries().list().ofMaxSize(4), tables().list().ofMaxSize(1))
                .as((title, entries, tables) -> new Section(
                        title,
                        List.of(),
                        List.copyOf(entries),
                        tables,
                        false,
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        SourceLocation.UNKNOWN));
    }

    @Provide
    Arbitrary<AwesomeList> lists() {
        Arbitrary<Badge> badges = Combinators.combine(texts(), urls(), urls()).as(Badge::new);
        return Combinators.combine(
                        texts(),
                        badges.list().ofMaxSize(2),
                        paragraphs().list().ofMaxSize(2),
                        sections().list().ofMaxSize(3))
                .as((title, badgeList, description, sections) -> new AwesomeList(
                        title,
                        badgeList,
                        description,
                        sections,
                        List.of(),
                        List.of(),
                        List.of(),
                        SourceLocation.UNKNOWN));
    }

    /** Without cmark-gfm the property is skipped (or fails in CI) once, not rejected try by try. */
    @BeforeProperty
    void cmarkGfm() {
        CmarkGfm.require();
    }

    @Property(tries = 300)
    void githubShowsExactlyTheModel(@ForAll("lists") AwesomeList list) {
        assertShowsExactly(list);
    }

    @Example
    void theAutolinkEntityAndEmphasisCasesOfIssue14() {
        AwesomeList list = new AwesomeList(
                "Mail security@evil.example",
                List.of(),
                List.of(new Paragraph(
                        List.of(
                                Inline.text("x"),
                                Inline.emphasis("\u00A0spaced\u00A0"),
                                Inline.text("y"),
                                Inline.strong("(punctuated)"),
                                Inline.emphasis("next"),
                                Inline.text("see!"),
                                Inline.link("a@b.co", "https://x.example/?a=1&amp;b=2&quot;&#65;&#x41;")),
                        SourceLocation.UNKNOWN)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                SourceLocation.UNKNOWN);
        assertShowsExactly(list);
    }

    private static void assertShowsExactly(AwesomeList list) {
        String markdown = MarkdownRenderer.create().render(list);
        Element document = HtmlTree.parse(CmarkGfm.toHtml(markdown));
        Expected expected = new Expected();
        List<Element> blocks = document.elements();
        int at = 0;

        Element h1 = blocks.get(at++);
        assertThat(h1.name()).as("title in:%n%s", markdown).isEqualTo("h1");
        List<Element> badgeLinks = h1.elements();
        assertThat(badgeLinks)
                .as("badges in:%n%s", markdown)
                .hasSize(list.badges().size());
        for (int i = 0; i < list.badges().size(); i++) {
            Badge badge = list.badges().get(i);
            Element link = badgeLinks.get(i);
            assertThat(link.name()).isEqualTo("a");
            assertThat(canonical(link.attribute("href")))
                    .as("badge target in:%n%s", markdown)
                    .isEqualTo(canonical(badge.targetUrl()));
            Element image = link.elements().get(0);
            assertThat(image.name()).isEqualTo("img");
            assertThat(canonical(image.attribute("src")))
                    .as("badge image in:%n%s", markdown)
                    .isEqualTo(canonical(badge.imageUrl()));
            assertThat(image.attribute("alt"))
                    .as("badge alt in:%n%s", markdown)
                    .isEqualTo(MarkdownWriter.normalize(badge.altText()));
            expected.count("a", 1).count("img", 1);
        }
        // the badges stand after the title, one space before each; spaces at the heading's start are not shown
        String title = MarkdownWriter.normalize(list.title());
        String shownTitle = title.isEmpty() && !list.badges().isEmpty()
                ? " ".repeat(list.badges().size() - 1)
                : title + " ".repeat(list.badges().size());
        assertThat(h1.text()).as("title text in:%n%s", markdown).isEqualTo(shownTitle);

        for (Paragraph paragraph : list.description()) {
            ParagraphExpectation p = ParagraphExpectation.of(paragraph.inlines());
            if (p.text.isEmpty() && p.elements.isEmpty()) {
                continue; // shows nothing, so no paragraph
            }
            Element block = blocks.get(at++);
            assertThat(block.name()).as("paragraph in:%n%s", markdown).isEqualTo("p");
            assertThat(block.text()).as("paragraph text in:%n%s", markdown).isEqualTo(p.text);
            List<String> found = new ArrayList<>();
            block.walk(e -> {
                if (e != block) {
                    found.add(describe(e));
                }
            });
            assertThat(found).as("inline elements in:%n%s", markdown).isEqualTo(p.elements);
            p.elements.forEach(e -> expected.count(e.substring(0, e.indexOf(' ')), 1));
        }

        if (!list.sections().isEmpty()) {
            assertThat(blocks.get(at).name()).isEqualTo("h2");
            assertThat(blocks.get(at++).text()).isEqualTo("Contents");
            Element toc = blocks.get(at++);
            assertThat(toc.name()).isEqualTo("ul");
            assertThat(toc.elements())
                    .as("contents in:%n%s", markdown)
                    .hasSize(list.sections().size());
            expected.count("ul", 1)
                    .count("li", list.sections().size())
                    .count("a", list.sections().size());
        }
        for (Section section : list.sections()) {
            Element heading = blocks.get(at++);
            assertThat(heading.name()).as("section heading in:%n%s", markdown).isEqualTo("h2");
            assertThat(heading.text())
                    .as("heading text in:%n%s", markdown)
                    .isEqualTo(MarkdownWriter.normalize(section.title()));
            if (!section.items().isEmpty()) {
                Element items = blocks.get(at++);
                assertThat(items.name()).isEqualTo("ul");
                assertThat(items.elements())
                        .as("one item per entry in:%n%s", markdown)
                        .hasSize(section.items().size());
                expected.count("ul", 1);
                for (int i = 0; i < section.items().size(); i++) {
                    Entry entry = (Entry) section.items().get(i);
                    Element item = items.elements().get(i);
                    Element link = item.elements().get(0);
                    assertThat(link.name()).as("item link in:%n%s", markdown).isEqualTo("a");
                    assertThat(canonical(link.attribute("href")))
                            .as("destination in:%n%s", markdown)
                            .isEqualTo(canonical(entry.links().get(0).url()));
                    assertThat(link.text())
                            .as("entry title in:%n%s", markdown)
                            .isEqualTo(MarkdownWriter.normalize(entry.title()));
                    // the item reads as one paragraph: its title's link, " - ", the description's spans (trimmed as a
                    // field)
                    List<Inline> shown = new ArrayList<>(List.of(Inline.link(
                            MarkdownWriter.normalize(entry.title()),
                            entry.links().get(0).url())));
                    entry.description().ifPresent(d -> {
                        shown.add(Inline.text(" - "));
                        shown.addAll(trimmed(d.inlines()));
                    });
                    ParagraphExpectation p = ParagraphExpectation.of(shown);
                    assertThat(item.text()).as("entry text in:%n%s", markdown).isEqualTo(p.text);
                    List<String> found = new ArrayList<>();
                    item.walk(e -> {
                        if (e != item) {
                            found.add(describe(e));
                        }
                    });
                    assertThat(found).as("entry's elements in:%n%s", markdown).isEqualTo(p.elements);
                    expected.count("li", 1);
                    p.elements.forEach(e -> expected.count(e.substring(0, e.indexOf(' ')), 1));
                }
            }
            for (Table table : section.tables()) {
                Element block = blocks.get(at++);
                assertThat(block.name()).as("table in:%n%s", markdown).isEqualTo("table");
                List<Element> rows = new ArrayList<>();
                block.walk(e -> {
                    if (e.name().equals("tr")) {
                        rows.add(e);
                    }
                });
                assertThat(rows).hasSize(table.rows().size() + 1);
                expected.count("table", 1)
                        .count("thead", 1)
                        .count("tbody", table.rows().isEmpty() ? 0 : 1)
                        .count("tr", rows.size());
                for (int r = 0; r < rows.size(); r++) {
                    List<Element> cells = rows.get(r).elements();
                    assertThat(cells)
                            .as("cells of row %d in:%n%s", r, markdown)
                            .hasSize(table.columns().size());
                    expected.count(r == 0 ? "th" : "td", cells.size());
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = r == 0
                                ? Cell.text(table.columns().get(c).name())
                                : table.rows().get(r - 1).cells().get(c);
                        assertThat(cells.get(c).text())
                                .as("cell %d,%d in:%n%s", r, c, markdown)
                                .isEqualTo(MarkdownWriter.normalize(cell.plainText()));
                        if (cell instanceof Cell.Links links) {
                            Element link = cells.get(c).elements().get(0);
                            assertThat(canonical(link.attribute("href")))
                                    .as("cell link in:%n%s", markdown)
                                    .isEqualTo(canonical(links.links().get(0).url()));
                            expected.count("a", 1);
                        }
                    }
                }
            }
        }
        assertThat(at).as("no extra blocks in:%n%s", markdown).isEqualTo(blocks.size());
        expected.count("h1", 1)
                .count("h2", list.sections().size() + (list.sections().isEmpty() ? 0 : 1))
                .count("p", (int) list.description().stream()
                        .map(p -> ParagraphExpectation.of(p.inlines()))
                        .filter(p -> !p.text.isEmpty() || !p.elements.isEmpty())
                        .count());
        Map<String, Integer> census = new HashMap<>();
        document.walk(e -> {
            if (e != document) {
                census.merge(e.name(), 1, Integer::sum);
            }
        });
        assertThat(census).as("every element of:%n%s", markdown).isEqualTo(expected.counts);
    }

    /**
     * What a paragraph of spans shows: its text, and its inline elements in order. Spaces at the start of
     * the paragraph's text are not shown, nor spaces at its end that are plain text (a link's are kept).
     */
    private record ParagraphExpectation(String text, List<String> elements) {
        static ParagraphExpectation of(List<Inline> inlines) {
            StringBuilder text = new StringBuilder();
            List<String> elements = new ArrayList<>();
            int kept = -1; // text before this index is inside an element: its spaces stay
            for (Inline inline : inlines) {
                String flat = MarkdownWriter.flatten(inline.text());
                if (inline instanceof Inline.LinkSpan link) {
                    elements.add("a " + canonical(link.url()) + " " + flat);
                    text.append(flat);
                    kept = text.length();
                } else if (inline instanceof Inline.Code) {
                    if (!flat.isEmpty()) {
                        elements.add("code " + flat);
                        text.append(flat);
                        kept = text.length();
                    }
                } else if (inline instanceof Inline.Image image) {
                    if (!image.target().isEmpty()) {
                        elements.add("a " + canonical(image.target()) + " ");
                    }
                    elements.add("img " + canonical(image.url()) + " " + MarkdownWriter.flatten(image.text()));
                    kept = text.length(); // an image is shown: spaces before it stay
                } else if (inline instanceof Inline.LineBreak) {
                    if (text.length() > 0 || kept >= 0) { // at the very start there is nothing to break
                        elements.add("br ");
                        kept = text.length();
                    }
                } else if (inline instanceof Inline.Emphasis
                        || inline instanceof Inline.Strong
                        || inline instanceof Inline.Strikethrough) {
                    String inner = stripUnicodeWhitespace(flat);
                    if (inner.isEmpty()) {
                        appendText(text, flat, kept);
                    } else {
                        elements.add((inline instanceof Inline.Emphasis
                                        ? "em "
                                        : inline instanceof Inline.Strong ? "strong " : "del ")
                                + inner);
                        int lead = flat.indexOf(inner);
                        appendText(text, flat.substring(0, lead), kept);
                        text.append(inner);
                        kept = text.length();
                        text.append(flat.substring(lead + inner.length()));
                    }
                } else {
                    appendText(text, flat, kept);
                }
            }
            int end = text.length();
            while (end > Math.max(kept, 0) && text.charAt(end - 1) == ' ') {
                end--;
            }
            return new ParagraphExpectation(text.substring(0, end), elements);
        }

        /** Plain text; at the paragraph's start (nothing shown yet) its leading spaces go. */
        private static void appendText(StringBuilder text, String plain, int kept) {
            if (text.length() == 0 && kept < 0) {
                int start = 0;
                while (start < plain.length() && plain.charAt(start) == ' ') {
                    start++;
                }
                plain = plain.substring(start);
            }
            text.append(plain);
        }
    }

    /** An element as the expectations name one: {@code a HREF TEXT}, {@code img SRC ALT}, {@code em TEXT}, … */
    private static String describe(Element e) {
        return switch (e.name()) {
            case "a" -> "a " + canonical(e.attribute("href")) + " " + e.text();
            case "img" -> "img " + canonical(e.attribute("src")) + " " + e.attribute("alt");
            default -> e.name() + " " + e.text();
        };
    }

    /** A description's spans as the renderer trims a one-line field: spaces before the first and after the last text. */
    private static List<Inline> trimmed(List<Inline> inlines) {
        List<Inline> spans = new ArrayList<>(inlines);
        if (!spans.isEmpty() && spans.get(0) instanceof Inline.Text first) {
            spans.set(0, Inline.text(MarkdownWriter.flatten(first.text()).replaceFirst("^ +", "")));
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last) instanceof Inline.Text end) {
            spans.set(last, Inline.text(MarkdownWriter.flatten(end.text()).replaceFirst(" +$", "")));
        }
        return spans;
    }

    /** Strips CommonMark's Unicode whitespace (the Zs category, tab, line feed, form feed, carriage return). */
    private static String stripUnicodeWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isUnicodeWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isUnicodeWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isUnicodeWhitespace(int c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static final class Expected {
        final Map<String, Integer> counts = new HashMap<>();

        Expected count(String element, int n) {
            if (n > 0) {
                counts.merge(element, n, Integer::sum);
            }
            return this;
        }
    }

    private static final String HREF_SAFE = "-_.+!*(),%#@?=;:/$~&'";

    /**
     * A URL as cmark-gfm writes it into {@code href} (every byte outside its safe set percent-encoded), with
     * percent-encoded unreserved characters decoded: equal for two URLs that RFC 3986 calls equivalent.
     */
    static String canonical(String url) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || HREF_SAFE.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && isHex(encoded.charAt(i + 1)) && isHex(encoded.charAt(i + 2))) {
                int value = Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
                if (value < 0x80 && (Character.isLetterOrDigit(value) || "-._~".indexOf(value) >= 0)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(encoded.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}

package io.github.awesomedsl.maven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.Alignment;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Block;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.Paragraph;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.TextItem;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.MarkdownWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * import(render(list)) equals the list, for lists in the vocabulary the awesome style writes without
 * loss: a title with the awesome badge, description paragraphs, sections nested to H4 with text intros,
 * entries with a main link, a rich description and children (entries, groups of plain text, items that
 * start with a badge), sections grouped by year, bodies where tables and paragraphs stand between runs
 * of items, tables with aligned columns and text, link or rich cells, and a Contributing section.
 * (Venues, secondary links and placeholders are written as prose in that style, so they are outside
 * this property.) Source lines are not compared: a README's are not the DSL's.
 */
class ImportRoundTripProperties {

    private static final String[] TOKENS = {
        "a",
        "Z",
        "9",
        " ",
        "é",
        "中",
        "😀",
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
        "@",
        "\"",
        "'",
        "http://x.org",
        "www.y.org",
        "&amp;",
        "**",
        "1. ",
        "# ",
        "> "
    };

    @Provide
    Arbitrary<String> texts() {
        // one-line, trimmed, not blank, not a year (a section titled 2023 would read as a year group)
        return Arbitraries.of(TOKENS)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(parts -> String.join("", parts))
                .map(MarkdownWriter::normalize)
                .filter(s -> !s.isBlank() && !s.matches("(19|20)\\d{2}"));
    }

    @Provide
    Arbitrary<String> urls() {
        return Arbitraries.strings().withChars("abc/?=&#()%_~").ofMaxLength(12).map(s -> "https://example.org/" + s);
    }

    /** Rich descriptions: spans of every kind the model has, next to each other. */
    private Arbitrary<RichText> richDescriptions() {
        Arbitrary<Inline> span = Arbitraries.oneOf(
                texts().map(t -> Inline.text(" " + t + " ")),
                Combinators.combine(texts(), urls()).as(Inline::link),
                texts().map(Inline::code),
                texts().map(Inline::emphasis),
                texts().map(Inline::strong),
                texts().map(Inline::strikethrough),
                Combinators.combine(texts(), urls()).as(Inline::image),
                Combinators.combine(texts(), urls(), urls()).as(Inline::badge),
                Arbitraries.just(Inline.lineBreak()));
        return span.list().ofMinSize(1).ofMaxSize(5).map(RichText::new);
    }

    private Arbitrary<Entry> entries(boolean dated) {
        Arbitrary<RichText> descriptions = Arbitraries.oneOf(texts().map(RichText::of), richDescriptions());
        return Combinators.combine(
                        texts(),
                        urls(),
                        descriptions.injectNull(0.3),
                        Arbitraries.integers().between(1990, 2025))
                .as((title, url, description, year) -> new Entry(
                        Optional.empty(),
                        title,
                        Optional.ofNullable(description),
                        Optional.empty(),
                        dated ? OptionalInt.of(year) : OptionalInt.empty(),
                        List.of(Link.project(url)),
                        List.of(),
                        List.of(),
                        SourceLocation.UNKNOWN));
    }

    private Arbitrary<Table> tables() {
        return Arbitraries.integers()
                .between(1, 3)
                .flatMap(columns -> Combinators.combine(
                                Combinators.combine(texts(), Arbitraries.of(Alignment.values()))
                                        .as(Column::new)
                                        .list()
                                        .ofSize(columns),
                                Arbitraries.oneOf(
                                                texts().map(Cell::text),
                                                Combinators.combine(texts(), urls())
                                                        .as(Cell::link),
                                                richCells())
                                        .list()
                                        .ofSize(columns)
                                        .list()
                                        .ofMinSize(1)
                                        .ofMaxSize(3))
                        .as((cols, rows) -> new Table(
                                cols,
                                rows.stream()
                                        .map(cells -> new Row(cells, List.of(), SourceLocation.UNKNOWN))
                                        .toList(),
                                SourceLocation.UNKNOWN)));
    }

    /** Items that may hold children: entries with a link, and groups (plain text over their children). */
    private Arbitrary<Item> items(int depth) {
        Arbitrary<List<Item>> children = depth >= 2
                ? Arbitraries.just(List.of())
                : items(depth + 1).list().ofMaxSize(2);
        Arbitrary<Item> entry = Combinators.combine(entries(false), children)
                .as((e, kids) -> new Entry(
                        e.id(),
                        e.title(),
                        e.description(),
                        e.venue(),
                        e.year(),
                        e.links(),
                        e.tags(),
                        e.suppressions(),
                        kids,
                        e.location()));
        Arbitrary<Item> badged = Combinators.combine(texts(), urls(), urls(), texts(), urls())
                .as((alt, image, target, name, url) -> new TextItem(
                        new RichText(
                                List.of(Inline.badge(alt, image, target), Inline.text(" "), Inline.link(name, url))),
                        List.of(),
                        List.of(),
                        SourceLocation.UNKNOWN));
        if (depth >= 2) {
            return Arbitraries.frequencyOf(Tuple.of(4, entry), Tuple.of(1, badged));
        }
        Arbitrary<Item> group = Combinators.combine(
                        texts(), items(depth + 1).list().ofMinSize(1).ofMaxSize(2))
                .as((text, kids) -> new TextItem(RichText.of(text), kids, List.of(), SourceLocation.UNKNOWN));
        return Arbitraries.frequencyOf(Tuple.of(4, entry), Tuple.of(1, group), Tuple.of(1, badged));
    }

    /** A cell of rich text: a code span or text beside links and badges (links alone make a links cell). */
    private Arbitrary<Cell> richCells() {
        Arbitrary<Inline> span = Arbitraries.oneOf(
                Combinators.combine(texts(), urls()).as(Inline::link),
                Combinators.combine(texts(), urls(), urls()).as(Inline::badge),
                texts().map(Inline::emphasis),
                Arbitraries.just(Inline.lineBreak()));
        return Combinators.combine(texts(), span.list().ofMinSize(1).ofMaxSize(3))
                .as((code, spans) -> {
                    List<Inline> all = new ArrayList<>();
                    all.add(Inline.code(code));
                    spans.forEach(s -> {
                        all.add(Inline.text(" "));
                        all.add(s);
                    });
                    return Cell.rich(new RichText(all));
                });
    }

    /**
     * A body in any order: runs of items (consecutive items are one list) between tables and paragraphs;
     * it starts with items or a table, since prose before them is the intro.
     */
    private Arbitrary<List<Block>> body() {
        Arbitrary<List<Block>> run = items(0).list().ofMinSize(1).ofMaxSize(3).map(List::<Block>copyOf);
        Arbitrary<List<Block>> other = Arbitraries.oneOf(tables(), texts().map(ImportRoundTripProperties::paragraph))
                .map(List::<Block>of);
        Arbitrary<List<Block>> first = Arbitraries.oneOf(run, tables().map(List::<Block>of));
        return Combinators.combine(
                        first, other, run, other, Arbitraries.integers().between(1, 4))
                .as((a, b, c, d, parts) ->
                        Stream.of(a, b, c, d).limit(parts).flatMap(List::stream).toList());
    }

    private Arbitrary<Section> sections(int depth) {
        Arbitrary<List<Section>> children = depth >= 3
                ? Arbitraries.just(List.of())
                : sections(depth + 1).list().ofMaxSize(2);
        Arbitrary<Section> dated = Combinators.combine(
                        texts(),
                        texts().map(ImportRoundTripProperties::paragraph).list().ofMaxSize(2),
                        tables().list().ofMaxSize(1),
                        children,
                        entries(true).list().ofMinSize(1).ofMaxSize(4))
                .as((title, intro, tables, subsections, entries) -> new Section(
                        title,
                        intro,
                        new ArrayList<Item>(entries),
                        tables,
                        true,
                        Optional.empty(),
                        subsections,
                        List.of(),
                        SourceLocation.UNKNOWN));
        Arbitrary<Section> ordered = Combinators.combine(
                        texts(),
                        texts().map(ImportRoundTripProperties::paragraph).list().ofMaxSize(2),
                        body(),
                        children)
                .as((title, intro, body, subsections) -> new Section(
                        title, intro, body, false, Optional.empty(), subsections, List.of(), SourceLocation.UNKNOWN));
        return Arbitraries.oneOf(dated, ordered);
    }

    @Provide
    Arbitrary<AwesomeList> lists() {
        return Combinators.combine(
                        texts(),
                        texts().map(ImportRoundTripProperties::paragraph).list().ofMaxSize(2),
                        sections(1).list().ofMinSize(1).ofMaxSize(3),
                        texts().map(ImportRoundTripProperties::paragraph).list().ofMaxSize(1))
                .as((title, description, sections, contributing) -> new AwesomeList(
                        "Awesome " + title,
                        List.of(Badge.AWESOME),
                        description,
                        sections,
                        contributing,
                        List.of(),
                        List.of(),
                        SourceLocation.UNKNOWN))
                .filter(list -> !hasReservedTitles(list));
    }

    @Property(tries = 300)
    void importingTheRenderingGivesTheListBack(@ForAll("lists") AwesomeList list) {
        String markdown = MarkdownRenderer.create().render(list);
        AwesomeList imported = new MarkdownListReader("README.md").read(markdown);
        boolean nested = list.sections().stream()
                .anyMatch(s -> s.allItems().size() > s.items().size());
        Statistics.label("nested items").collect(nested);
        assertThat(comparable(imported)).as("imported from:%n%s", markdown).isEqualTo(comparable(list));
    }

    /**
     * A description's spans as a reader gets them back: adjacent text joined (an import cannot tell two
     * text spans from one), the field's outer spaces trimmed, a line break at the very start dropped.
     */
    private static List<Inline> canonical(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            int last = out.size() - 1;
            if (inline instanceof Inline.Text t && last >= 0 && out.get(last) instanceof Inline.Text before) {
                out.set(last, Inline.text(before.text() + t.text()));
            } else {
                out.add(inline);
            }
        }
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text first) {
            String lead = first.text().replaceFirst("^ +", "");
            if (lead.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, Inline.text(lead));
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text end) {
            String trail = end.text().replaceFirst(" +$", "");
            if (trail.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, Inline.text(trail));
            }
        }
        return out;
    }

    /** The list without source lines, its paragraphs as plain text: what the round trip must keep. */
    private static String comparable(AwesomeList list) {
        StringBuilder out = new StringBuilder("title=" + list.title() + " badges=" + list.badges() + "\n");
        list.description()
                .forEach(p -> out.append("description=").append(p.plainText()).append('\n'));
        list.sections().forEach(s -> section(s, out, ""));
        list.contributing()
                .forEach(p -> out.append("contributing=").append(p.plainText()).append('\n'));
        return out.toString();
    }

    private static void section(Section section, StringBuilder out, String indent) {
        out.append(indent)
                .append("section=")
                .append(section.title())
                .append(" grouped=")
                .append(section.groupByYear())
                .append('\n');
        section.intro()
                .forEach(p -> out.append(indent)
                        .append(" intro=")
                        .append(p.plainText())
                        .append('\n'));
        List<Block> body = section.body();
        if (section.groupByYear()) { // shown newest year first, declared order within a year, then the rest
            List<Block> sorted = new ArrayList<>(section.items().stream()
                    .map(Entry.class::cast)
                    .sorted(java.util.Comparator.comparingInt(
                                    (Entry e) -> e.year().getAsInt())
                            .reversed())
                    .toList());
            body.stream().filter(b -> !(b instanceof Item)).forEach(sorted::add);
            body = sorted;
        }
        for (Block block : body) {
            if (block instanceof Item item) {
                item(item, out, indent + " ");
            } else if (block instanceof Table table) {
                out.append(indent).append(" columns=").append(table.columns()).append('\n');
                table.rows()
                        .forEach(r -> out.append(indent)
                                .append("  row=")
                                .append(r.cells().stream()
                                        .map(c -> c instanceof Cell.Rich rich
                                                ? "rich" + canonical(rich.text().inlines())
                                                : c.toString())
                                        .toList())
                                .append('\n'));
            } else if (block instanceof Paragraph paragraph) {
                out.append(indent)
                        .append(" paragraph=")
                        .append(paragraph.plainText())
                        .append('\n');
            }
        }
        section.subsections().forEach(s -> section(s, out, indent + "  "));
    }

    private static void item(Item item, StringBuilder out, String indent) {
        if (item instanceof Entry e) {
            out.append(indent)
                    .append("entry=")
                    .append(e.title())
                    .append(" | ")
                    .append(e.description()
                            .map(d -> canonical(d.inlines()).toString())
                            .orElse("-"))
                    .append(" | ")
                    .append(e.year())
                    .append(" | ")
                    .append(e.links())
                    .append('\n');
        } else if (item instanceof TextItem t) {
            out.append(indent)
                    .append("text=")
                    .append(canonical(t.text().inlines()))
                    .append('\n');
        }
        item.children().forEach(child -> item(child, out, indent + "  "));
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(List.of(Inline.text(text)), SourceLocation.UNKNOWN);
    }

    /** Section titles the renderer itself uses (Contents, Contributing) would read back as structure. */
    private static boolean hasReservedTitles(AwesomeList list) {
        List<Section> all = new ArrayList<>(list.sections());
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).subsections());
        }
        return all.stream()
                .anyMatch(s -> s.title().equals("Contents")
                        || s.title().equals("Table of Contents")
                        || s.title().equals("Contributing"));
    }
}

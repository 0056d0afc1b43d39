package io.github.awesomedsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The short factories a generated catalog builds its constants with, one call per entry, row and link
 * item: {@code entry(SOURCE_0_, 91, "Meditron-70b: …", null, "arXiv", 2023, tags("LFM"),
 * paper(MEDITRON_70B_PAPER_URL))}. They take plain values (no generics, no overloads to resolve), so that
 * javac compiles a catalog of many thousand entries quickly, and the generated source reads like a table.
 * They build exactly the objects the list's DSL built: a catalog constant equals the model's element.
 *
 * <p>A {@code source} is where the element was declared, {@code className/fileName} (a class name holds
 * no {@code /}, nor does a file's simple name); {@code "/"} with line 0 is {@link SourceLocation#UNKNOWN}.
 */
public final class CatalogFactories {

    private CatalogFactories() {}

    /**
     * An entry.
     *
     * @param description {@code null} for none
     * @param venue the venue's name, {@code null} for none
     * @param year {@code 0} for none
     */
    public static Entry entry(
            String source,
            int line,
            String title,
            RichText description,
            String venue,
            int year,
            List<Tag> tags,
            Link... links) {
        return new Entry(
                Optional.empty(),
                title,
                Optional.ofNullable(description),
                venue == null ? Optional.empty() : Optional.of(new Venue(venue)),
                year == 0 ? OptionalInt.empty() : OptionalInt.of(year),
                List.of(links),
                tags,
                List.of(),
                at(source, line));
    }

    /**
     * A link item.
     *
     * @param description {@code null} for none
     */
    public static LinkItem linkItem(String source, int line, String title, String url, RichText description) {
        return new LinkItem(
                Optional.empty(), title, url, Optional.ofNullable(description), List.of(), at(source, line));
    }

    /** A table row. */
    public static Row row(String source, int line, Cell... cells) {
        return new Row(Optional.empty(), List.of(cells), List.of(), at(source, line));
    }

    /** {@code entry} with the explicit catalog id the list gave it. */
    public static Entry id(String id, Entry entry) {
        return new Entry(
                Optional.of(id),
                entry.title(),
                entry.description(),
                entry.venue(),
                entry.year(),
                entry.links(),
                entry.tags(),
                entry.suppressions(),
                entry.children(),
                entry.location());
    }

    /** {@code item} with the explicit catalog id the list gave it. */
    public static LinkItem id(String id, LinkItem item) {
        return new LinkItem(
                Optional.of(id),
                item.title(),
                item.url(),
                item.description(),
                item.suppressions(),
                item.children(),
                item.location());
    }

    /** {@code row} with the explicit catalog id the list gave it. */
    public static Row id(String id, Row row) {
        return row.withId(id);
    }

    /** {@code entry} with the findings it suppresses. */
    public static Entry suppressing(Entry entry, Suppression... suppressions) {
        return new Entry(
                entry.id(),
                entry.title(),
                entry.description(),
                entry.venue(),
                entry.year(),
                entry.links(),
                entry.tags(),
                List.of(suppressions),
                entry.children(),
                entry.location());
    }

    /** {@code item} with the findings it suppresses. */
    public static LinkItem suppressing(LinkItem item, Suppression... suppressions) {
        return new LinkItem(
                item.id(),
                item.title(),
                item.url(),
                item.description(),
                List.of(suppressions),
                item.children(),
                item.location());
    }

    /** {@code row} with the findings it suppresses. */
    public static Row suppressing(Row row, Suppression... suppressions) {
        return new Row(row.id(), row.cells(), List.of(suppressions), row.location());
    }

    /** A suppression declared at {@code source}, {@code line}. */
    public static Suppression suppression(String ruleId, String reason, String source, int line) {
        return new Suppression(ruleId, reason, at(source, line));
    }

    /** Plain text. */
    public static RichText description(String text) {
        return RichText.of(text);
    }

    /** Rich text, of spans ({@link #text}, {@link #link}, {@link #codeSpan}, …). */
    public static RichText description(Inline... spans) {
        return new RichText(List.of(spans));
    }

    /** Tags by name. */
    public static List<Tag> tags(String... names) {
        List<Tag> tags = new ArrayList<>(names.length);
        for (String name : names) {
            tags.add(Tag.of(name));
        }
        return List.copyOf(tags);
    }

    public static Link project(String url) {
        return Link.project(url);
    }

    public static Link paper(String url) {
        return Link.paper(url);
    }

    public static Link code(String url) {
        return Link.code(url);
    }

    public static Link model(String url) {
        return Link.model(url);
    }

    public static Link dataset(String url) {
        return Link.dataset(url);
    }

    public static Link docs(String url) {
        return Link.docs(url);
    }

    public static Link custom(String label, String url) {
        return Link.custom(label, url);
    }

    /** A span of plain text. */
    public static Inline text(String text) {
        return Inline.text(text);
    }

    /** A link span. */
    public static Inline link(String text, String url) {
        return Inline.link(text, url);
    }

    /** A code span ({@code code} names the link to a repository here). */
    public static Inline codeSpan(String code) {
        return Inline.code(code);
    }

    public static Inline emphasis(String text) {
        return Inline.emphasis(text);
    }

    public static Inline strong(String text) {
        return Inline.strong(text);
    }

    public static Inline strikethrough(String text) {
        return Inline.strikethrough(text);
    }

    public static Inline image(String alt, String url) {
        return Inline.image(alt, url);
    }

    public static Inline badge(String alt, String imageUrl, String targetUrl) {
        return Inline.badge(alt, imageUrl, targetUrl);
    }

    public static Inline lineBreak() {
        return Inline.lineBreak();
    }

    /** Markdown kept as written (a block an import could not map). */
    public static Inline markdown(String markdown) {
        return Inline.markdown(markdown);
    }

    /** A text cell. */
    public static Cell textCell(String text) {
        return new Cell.Text(text);
    }

    /** A cell of links. */
    public static Cell linkCell(Link... links) {
        return new Cell.Links(List.of(links));
    }

    /** A cell of rich text, of spans ({@link #text}, {@link #link}, …). */
    public static Cell richCell(Inline... spans) {
        return new Cell.Rich(new RichText(List.of(spans)));
    }

    private static SourceLocation at(String source, int line) {
        int slash = source.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a source is className/fileName, not " + source);
        }
        return new SourceLocation(source.substring(0, slash), source.substring(slash + 1), line);
    }
}

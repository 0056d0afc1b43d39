package io.github.awesomedsl.render;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Block;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.Paragraph;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.TextItem;
import io.github.awesomedsl.render.MarkdownWriter.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders an {@link AwesomeList} as GitHub-flavoured Markdown.
 *
 * <p>The output is deterministic (same list, same bytes), uses {@code \n} and ends with a newline. Its
 * shape: the H1 title with the badges beside it, the description, a generated {@code ## Contents} of the
 * H2 and H3 headings (anchors by {@link GithubSlugger}), the sections (H2 to H4) with their intro, their
 * body in declared order (consecutive items as one list, children indented under their parent, tables,
 * paragraphs) and subsections, year groups as headings one level below their section, a closing
 * Contributing section, which the contents leave out as awesome-lint asks, and the licence notice as
 * closing paragraphs (awesome-lint forbids a License section).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer {

    private static final String CONTENTS = "Contents";

    private final RenderOptions options;

    private MarkdownRenderer(RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A renderer with {@link RenderOptions#defaults()}. */
    public static MarkdownRenderer create() {
        return new MarkdownRenderer(RenderOptions.defaults());
    }

    public static MarkdownRenderer create(RenderOptions options) {
        return new MarkdownRenderer(options);
    }

    public RenderOptions options() {
        return options;
    }

    /** The whole README. */
    public String render(AwesomeList list) {
        return new Document(list).render(true);
    }

    /**
     * The part of the README below the title and description: contents, sections and footer. This is
     * what goes between the markers of a hand-written README (see {@link MarkerSplicer}).
     */
    public String renderBody(AwesomeList list) {
        return new Document(list).render(false);
    }

    /**
     * The anchors of the README's headings, as GitHub makes them ({@code contents}, {@code tools},
     * {@code tools-1}, …), in document order: what an in-page link ({@code #tools}) may point at.
     */
    public List<String> anchors(AwesomeList list) {
        Document document = new Document(list);
        document.render(true);
        return List.copyOf(document.anchors);
    }

    /**
     * The state of one rendering: the document written so far (every block appended to one buffer, so that a
     * block's text is copied once, into the README), anchors given, contents lines collected.
     */
    private final class Document {
        private final AwesomeList list;
        private final GithubSlugger slugger = new GithubSlugger();
        private final List<String> anchors = new ArrayList<>();
        private final StringBuilder out;
        private int blocksWritten;
        private final MarkdownWriter contents = new MarkdownWriter();
        /** Canonical URLs that an element links on purpose twice (it suppresses duplicate-url). */
        private final java.util.Set<String> acceptedDuplicates = new java.util.HashSet<>();

        Document(AwesomeList list) {
            this.list = list;
            int items = 0;
            for (Section section : list.sections()) {
                items += collectAcceptedDuplicates(section, false);
            }
            out = new StringBuilder(4096 + items * 200); // an entry's line is 100 to 300 characters
        }

        /** Collects the section's accepted duplicates; returns how many items and rows it and its subsections hold. */
        private int collectAcceptedDuplicates(Section section, boolean inherited) {
            boolean here = inherited || suppressesDuplicates(section.suppressions());
            List<Item> items = section.allItems();
            int count = items.size();
            for (Item item : items) {
                if (here || suppressesDuplicates(item.suppressions())) {
                    urlsOf(item).forEach(u -> acceptedDuplicates.add(io.github.awesomedsl.urls.CanonicalUrl.of(u)));
                }
            }
            for (Table table : section.tables()) {
                count += table.rows().size();
                for (Row row : table.rows()) {
                    if (here || suppressesDuplicates(row.suppressions())) {
                        urlsOf(row).forEach(u -> acceptedDuplicates.add(io.github.awesomedsl.urls.CanonicalUrl.of(u)));
                    }
                }
            }
            for (Section subsection : section.subsections()) {
                count += collectAcceptedDuplicates(subsection, here);
            }
            return count;
        }

        /**
         * Adds a block; one that holds a link accepted as a duplicate is preceded by awesome-lint's
         * {@code <!--lint ignore double-link-->}, which silences the next block only: a duplicate the list
         * suppresses with a reason does not fail awesome-lint either.
         */
        private MarkdownWriter block(java.util.function.Supplier<List<String>> urlsShown) {
            if (!acceptedDuplicates.isEmpty() // the URLs are gathered only when some duplicate is accepted
                    && urlsShown.get().stream()
                            .anyMatch(u -> acceptedDuplicates.contains(io.github.awesomedsl.urls.CanonicalUrl.of(u)))) {
                plainBlock().raw(LINT_IGNORE_DOUBLE_LINK);
            }
            return plainBlock();
        }

        /** Starts a block (after a blank line, unless it is the first) and returns a writer for it. */
        private MarkdownWriter plainBlock() {
            if (blocksWritten++ > 0) {
                out.append("\n\n");
            }
            return new MarkdownWriter(out);
        }

        String render(boolean withTitle) {
            if (withTitle) {
                titleBlock();
                list.description().forEach(this::paragraphBlock);
            }
            int contentsAt = -1;
            if (!list.sections().isEmpty()) {
                heading(2, CONTENTS, false);
                plainBlock();
                contentsAt = out.length(); // the contents go here once all headings are known
            }
            for (Section section : list.sections()) {
                section(section, 2);
            }
            footer("Contributing", list.contributing());
            // awesome-lint forbids a License section (the licence belongs in a LICENSE file): the notice is
            // kept as closing paragraphs without a heading.
            list.license().forEach(this::paragraphBlock);
            if (contentsAt >= 0) {
                String toc = contents.toString();
                out.insert(contentsAt, toc, 0, toc.length() - 1); // without the last newline
            }
            return out.append('\n').toString();
        }

        private void titleBlock() {
            MarkdownWriter w = plainBlock().raw("# ");
            if (list.homepage().isPresent()) {
                w.link(field(list.title()), list.homepage().get(), Context.HEADING);
            } else {
                w.text(field(list.title()), Context.HEADING);
            }
            for (Badge badge : list.badges()) {
                w.raw(" ").imageLink(field(badge.altText()), badge.imageUrl(), badge.targetUrl());
            }
            anchors.add(slugger.slug(field(list.title())));
        }

        /** Writes a heading; H2 and H3 headings that belong in the contents are listed there. */
        private void heading(int level, String text, boolean inContents) {
            String visible = field(text);
            String anchor = slugger.slug(visible);
            anchors.add(anchor);
            plainBlock().raw("#".repeat(level) + " ").text(visible, Context.HEADING);
            if (inContents && level <= 3) {
                contents.bullet(2 * (level - 2))
                        .link(visible, "#" + anchor, Context.TEXT)
                        .newline();
            }
        }

        private void section(Section section, int level) {
            heading(level, section.title(), true);
            section.intro().forEach(this::paragraphBlock);
            List<Block> body = section.body();
            if (section.groupByYear()) {
                for (Map.Entry<Integer, List<Item>> year :
                        byYearNewestFirst(section.items()).entrySet()) {
                    heading(level + 1, Integer.toString(year.getKey()), true);
                    itemsBlock(sorted(section, year.getValue()), true);
                }
                body = body.stream().filter(block -> !(block instanceof Item)).toList();
            }
            // consecutive items make one list; a table or a paragraph between them ends it
            List<Item> run = new ArrayList<>();
            for (Block block : body) {
                if (block instanceof Item item) {
                    run.add(item);
                    continue;
                }
                if (!run.isEmpty()) {
                    itemsBlock(sorted(section, run), false);
                    run = new ArrayList<>();
                }
                if (block instanceof Table table) {
                    tableBlock(table);
                } else if (block instanceof Paragraph paragraph) {
                    paragraphBlock(paragraph);
                }
            }
            if (!run.isEmpty()) {
                itemsBlock(sorted(section, run), false);
            }
            if (section.hasNoContent()) {
                section.placeholder().ifPresent(text -> plainBlock().text(field(text), Context.TEXT));
            }
            for (Section subsection : section.subsections()) {
                section(subsection, level + 1);
            }
        }

        private void footer(String title, List<Paragraph> paragraphs) {
            if (!paragraphs.isEmpty()) {
                heading(2, title, false);
                paragraphs.forEach(this::paragraphBlock);
            }
        }

        private void paragraphBlock(Paragraph paragraph) {
            inlines(block(() -> new RichText(paragraph.inlines()).urls()), paragraph.inlines(), Context.TEXT);
        }

        /**
         * {@code Wu et al., cited 42×}: the entry's paper's authors and citation count from the lock. The names
         * are a third party's text: they go through {@link MarkdownWriter#text}, escaped like any field.
         */
        private Optional<String> paperByline(Entry entry) {
            for (Link link : entry.links()) {
                Optional<io.github.awesomedsl.metadata.PaperRecord> paper =
                        options.metadata().paper(link.url());
                if (paper.isPresent() && !paper.get().missing()) {
                    Optional<String> byline = paper.get().byline();
                    java.util.OptionalLong cited = paper.get().citations();
                    if (byline.isEmpty() && cited.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(byline.orElse("")
                            + (cited.isPresent()
                                    ? (byline.isPresent() ? ", " : "") + "cited " + cited.getAsLong() + "×"
                                    : ""));
                }
            }
            return Optional.empty();
        }

        /** The items in the section's {@code sortBy} order (a stable sort: ties stay as declared). */
        private List<Item> sorted(Section section, List<Item> items) {
            if (section.sortBy().isEmpty()) {
                return items;
            }
            Comparator<Item> order = switch (section.sortBy().get()) {
                case NAME -> Comparator.comparing((Item item) -> item.title().toLowerCase(java.util.Locale.ROOT));
                case YEAR ->
                    Comparator.comparingInt((Item item) ->
                            item instanceof Entry entry && entry.year().isPresent()
                                    ? -entry.year().getAsInt()
                                    : Integer.MAX_VALUE);
                case STARS -> Comparator.comparingLong((Item item) -> -stars(item));
            };
            List<Item> sorted = new ArrayList<>(items);
            sorted.sort(order);
            return sorted;
        }

        /** The stars of the item's first repository in the metadata; -1 (last) without. */
        private long stars(Item item) {
            for (String url : urlsOf(item)) {
                Optional<io.github.awesomedsl.metadata.RepositoryHealth> health =
                        options.metadata().find(url);
                if (health.isPresent() && !health.get().missing()) {
                    return health.get().stars();
                }
            }
            return -1;
        }

        private void itemsBlock(List<Item> items, boolean inYearGroup) {
            items(
                    block(() -> Item.flatten(items).stream()
                            .flatMap(item -> urlsOf(item).stream())
                            .toList()),
                    items,
                    0,
                    inYearGroup);
        }

        /** One line per item, children indented under their parent by the width of its bullet. */
        private void items(MarkdownWriter w, List<Item> items, int indent, boolean inYearGroup) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (indent > 0 || i > 0) {
                    w.newline();
                }
                w.bullet(indent);
                if (item instanceof Entry entry) {
                    if (options.entryStyle() == EntryStyle.PAPER) {
                        paperEntry(w, entry, inYearGroup);
                    } else {
                        awesomeEntry(w, entry, inYearGroup);
                    }
                } else if (item instanceof LinkItem link) {
                    w.link(field(link.title()), link.url(), Context.TEXT);
                    link.description().ifPresent(d -> richText(w.raw(" - "), d, Context.TEXT));
                } else if (item instanceof TextItem text) {
                    richText(w, text.text(), Context.TEXT);
                }
                if (options.paperAuthors() && item instanceof Entry entry && options.entryStyle() != EntryStyle.PAPER) {
                    // after the description's end, as a parenthesis, which awesome-lint accepts there
                    paperByline(entry).ifPresent(byline -> w.raw(" ").text("(" + byline + ")", Context.TEXT));
                }
                if (options.repositoryStats()) {
                    // after the description's end: awesome-lint accepts a closing parenthesis there
                    RepositoryStats.of(options.metadata(), urlsOf(item))
                            .ifPresent(stats -> w.raw(" ").text("(" + stats + ")", Context.TEXT));
                }
                items(w, item.children(), indent + 2, inYearGroup);
            }
        }

        private void awesomeEntry(MarkdownWriter w, Entry entry, boolean inYearGroup) {
            Optional<Link> main = entry.mainLink();
            if (main.isPresent()) {
                w.link(field(entry.title()), main.get().url(), Context.TEXT);
            } else {
                w.text(field(entry.title()), Context.TEXT);
            }
            String separator = " - ";
            if (entry.description().isPresent()) {
                richText(w.raw(separator), entry.description().get(), Context.TEXT);
                separator = " ";
            }
            String meta = venueAndYear(entry, inYearGroup, ", ");
            if (!meta.isEmpty()) {
                w.raw(separator).text(meta + ".", Context.TEXT);
                separator = " ";
            }
            List<Link> others = entry.links().isEmpty()
                    ? List.of()
                    : entry.links().subList(1, entry.links().size());
            if (!others.isEmpty()) {
                w.raw(separator);
                for (int i = 0; i < others.size(); i++) {
                    w.raw(i == 0 ? "" : ", ")
                            .link(field(others.get(i).label()), others.get(i).url(), Context.TEXT);
                }
                w.raw("."); // awesome-lint wants a description to end with punctuation, not with a link
                separator = " ";
            }
            Optional<String> cite = options.citeLinks().apply(entry);
            if (cite.isPresent()) {
                w.raw(separator).link("Cite", cite.get(), Context.TEXT).raw(".");
            }
        }

        private void paperEntry(MarkdownWriter w, Entry entry, boolean inYearGroup) {
            String venue = venueAndYear(entry, inYearGroup, " ");
            if (!venue.isEmpty()) {
                w.raw("\\[").text(venue, Context.TEXT).raw("\\] ");
            }
            String title = field(entry.title());
            boolean punctuated = title.endsWith(".") || title.endsWith("?") || title.endsWith("!");
            w.text(punctuated ? title : title + ".", Context.TEXT);
            if (options.paperAuthors()) {
                paperByline(entry)
                        .ifPresent(
                                byline -> w.raw(" ").text(byline.endsWith(".") ? byline : byline + ".", Context.TEXT));
            }
            entry.description().ifPresent(d -> richText(w.raw(" "), d, Context.TEXT));
            for (Link link : entry.links()) {
                w.raw(" ").link("[" + field(link.label()) + "]", link.url(), Context.TEXT);
            }
            options.citeLinks().apply(entry).ifPresent(cite -> w.raw(" ").link("[Cite]", cite, Context.TEXT));
        }

        private void tableBlock(Table table) {
            List<Column> columnsShown = table.columns();
            List<String> stats = List.of();
            if (options.repositoryStats()) {
                stats = table.rows().stream()
                        .map(row -> RepositoryStats.of(options.metadata(), urlsOf(row))
                                .orElse(""))
                        .toList();
                if (stats.stream().anyMatch(s -> !s.isEmpty())) {
                    columnsShown = new ArrayList<>(table.columns());
                    columnsShown.add(new Column("Stars", io.github.awesomedsl.model.Alignment.NONE));
                } else {
                    stats = List.of();
                }
            }
            int columns = columnsShown.size();
            List<String[]> lines = new ArrayList<>(table.rows().size() + 1);
            String[] header = new String[columns];
            for (int c = 0; c < columns; c++) {
                header[c] = new MarkdownWriter()
                        .text(field(columnsShown.get(c).name()), Context.TABLE_CELL)
                        .toString();
            }
            lines.add(header);
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = table.rows().get(r);
                String[] cells = new String[columns];
                for (int c = 0; c < row.cells().size(); c++) {
                    cells[c] = cell(row.cells().get(c));
                }
                if (!stats.isEmpty()) {
                    cells[columns - 1] = new MarkdownWriter()
                            .text(stats.get(r).replaceFirst("^⭐ ", ""), Context.TABLE_CELL)
                            .toString();
                }
                lines.add(cells);
            }
            int[] widths = new int[columns];
            for (String[] line : lines) {
                for (int c = 0; c < columns; c++) {
                    widths[c] = Math.max(widths[c], Math.max(3, width(line[c])));
                }
            }
            StringBuilder out = new StringBuilder();
            tableLine(out, header, widths, columnsShown);
            out.append('\n');
            for (int c = 0; c < columns; c++) {
                out.append(c == 0 ? "| " : " | ").append(delimiter(columnsShown.get(c), widths[c]));
            }
            out.append(" |");
            for (String[] line : lines.subList(1, lines.size())) {
                out.append('\n');
                tableLine(out, line, widths, columnsShown);
            }
            block(() -> table.rows().stream()
                            .flatMap(row -> urlsOf(row).stream())
                            .toList())
                    .raw(out.toString());
        }

        private void tableLine(StringBuilder out, String[] cells, int[] widths, List<Column> columns) {
            for (int c = 0; c < cells.length; c++) {
                int padding = widths[c] - width(cells[c]);
                int before = switch (columns.get(c).alignment()) {
                    case RIGHT -> padding;
                    case CENTER -> padding / 2;
                    case LEFT, NONE -> 0;
                };
                out.append(c == 0 ? "| " : " | ")
                        .append(" ".repeat(before))
                        .append(cells[c])
                        .append(" ".repeat(padding - before));
            }
            out.append(" |");
        }

        private String delimiter(Column column, int width) {
            return switch (column.alignment()) {
                case NONE -> "-".repeat(width);
                case LEFT -> ":" + "-".repeat(width - 1);
                case RIGHT -> "-".repeat(width - 1) + ":";
                case CENTER -> ":" + "-".repeat(width - 2) + ":";
            };
        }

        private String cell(Cell cell) {
            MarkdownWriter w = new MarkdownWriter();
            if (cell instanceof Cell.Text text) {
                w.text(field(text.text()), Context.TABLE_CELL);
            } else if (cell instanceof Cell.Rich rich) {
                richText(w, rich.text(), Context.TABLE_CELL);
            } else if (cell instanceof Cell.Links links) {
                for (int i = 0; i < links.links().size(); i++) {
                    Link link = links.links().get(i);
                    w.raw(i == 0 ? "" : ", ").link(field(link.label()), link.url(), Context.TABLE_CELL);
                }
            }
            return w.toString();
        }

        private int width(String markdown) {
            return options.tableWidth() == TableWidth.UTF16 ? markdown.length() : DisplayWidth.of(markdown);
        }
    }

    /**
     * A one-line rich field (a description): its spans, the spaces around the whole trimmed as a plain
     * field's are ({@link #field(String)}).
     */
    private static void richText(MarkdownWriter w, RichText text, Context context) {
        List<Inline> spans = new ArrayList<>(text.inlines());
        if (!spans.isEmpty() && spans.get(0) instanceof Inline.Text first) {
            String flat = MarkdownWriter.flatten(first.text());
            int start = 0;
            while (start < flat.length() && flat.charAt(start) == ' ') {
                start++;
            }
            spans.set(0, Inline.text(flat.substring(start)));
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last) instanceof Inline.Text end) {
            String flat = MarkdownWriter.flatten(end.text());
            int length = flat.length();
            while (length > 0 && flat.charAt(length - 1) == ' ') {
                length--;
            }
            spans.set(last, Inline.text(flat.substring(0, length)));
        }
        inlines(w, spans, context);
    }

    private static void inlines(MarkdownWriter w, List<Inline> inlines, Context context) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                w.text(text.text(), context);
            } else if (inline instanceof Inline.LinkSpan link) {
                w.link(link.text(), link.url(), context);
            } else if (inline instanceof Inline.Code code) {
                w.code(code.text(), context);
            } else if (inline instanceof Inline.Emphasis emphasis) {
                w.emphasis(emphasis.text(), context);
            } else if (inline instanceof Inline.Strong strong) {
                w.strong(strong.text(), context);
            } else if (inline instanceof Inline.Strikethrough strike) {
                w.strikethrough(strike.text(), context);
            } else if (inline instanceof Inline.Image image) {
                if (image.target().isEmpty()) {
                    w.image(image.text(), image.url(), context);
                } else {
                    w.imageLink(image.text(), image.url(), image.target(), context);
                }
            } else if (inline instanceof Inline.LineBreak) {
                w.lineBreak();
            } else if (inline instanceof Inline.RawMarkdown raw) {
                // kept as written, but in a cell it must stay one cell of one line
                w.raw(context == Context.TABLE_CELL ? MarkdownWriter.inCell(raw.text()) : raw.text());
            }
        }
    }

    static final String LINT_IGNORE_DOUBLE_LINK = "<!--lint ignore double-link-->";

    private static boolean suppressesDuplicates(List<io.github.awesomedsl.model.Suppression> suppressions) {
        for (io.github.awesomedsl.model.Suppression suppression : suppressions) { // most items have none
            if (suppression.ruleId().equals("duplicate-url")) {
                return true;
            }
        }
        return false;
    }

    /** The URLs an item shows (its own, not its children's). */
    private static List<String> urlsOf(Item item) {
        List<String> urls = new ArrayList<>();
        if (item instanceof Entry entry) {
            entry.links().forEach(l -> urls.add(l.url()));
        } else if (item instanceof LinkItem link) {
            urls.add(link.url());
        } else if (item instanceof TextItem text) {
            urls.addAll(text.text().urls());
        }
        item.description().ifPresent(d -> urls.addAll(d.urls()));
        return urls;
    }

    private static List<String> urlsOf(Row row) {
        List<String> urls = new ArrayList<>();
        for (Cell cell : row.cells()) {
            if (cell instanceof Cell.Links links) {
                links.links().forEach(l -> urls.add(l.url()));
            } else if (cell instanceof Cell.Rich rich) {
                urls.addAll(rich.text().urls());
            }
        }
        return urls;
    }

    /** {@code "arXiv, 2023"}, {@code "arXiv"} inside a year group, {@code "2023"} without a venue. */
    private static String venueAndYear(Entry entry, boolean inYearGroup, String separator) {
        String venue = entry.venue().map(v -> field(v.name())).orElse("");
        if (inYearGroup || entry.year().isEmpty()) {
            return venue;
        }
        String year = Integer.toString(entry.year().getAsInt());
        return venue.isEmpty() ? year : venue + separator + year;
    }

    /** A one-line field as shown: on one line, without surrounding spaces. */
    private static String field(String text) {
        return MarkdownWriter.normalize(text);
    }

    private static Map<Integer, List<Item>> byYearNewestFirst(List<Item> items) {
        Map<Integer, List<Item>> groups = new LinkedHashMap<>();
        items.stream()
                .map(Entry.class::cast)
                .sorted(Comparator.comparingInt((Entry e) -> e.year().getAsInt())
                        .reversed())
                .forEach(e -> groups.computeIfAbsent(e.year().getAsInt(), y -> new ArrayList<>())
                        .add(e));
        return groups;
    }
}

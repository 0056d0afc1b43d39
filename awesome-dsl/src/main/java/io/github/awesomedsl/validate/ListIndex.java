package io.github.awesomedsl.validate;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.Paragraph;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Suppression;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.TextItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A list flattened once for the rules, in document order: every section, item, table row and URL, each
 * tied to the {@link Element} a finding about it is reported on; text fields are walked on demand
 * ({@link #forEachText}). Rules read this instead of each walking the tree.
 *
 * <p>Inside the package, the index is cut into slices of consecutive parts, in document order, planned
 * from the sizes of the sections' item and row lists alone. A slice is then indexed, and the validator
 * hands its parts to every rule's check right away, so that its part of the model is read from memory
 * once and checked by all rules from the processor's cache (see {@code CheckRunner}). Rules see none of
 * this: their {@link Rule.Check} gets the parts one by one. {@link #of} indexes every slice at once, for
 * callers that only read the index.
 *
 * <p>Kept lean on purpose: validation of a 100,000-entry list allocates the index while the list is
 * alive, and what the index holds is what the garbage collector copies.
 */
public final class ListIndex {

    /**
     * Something a finding can be about: the list, a section, an item, a table or a row. Its route is
     * computed only when a finding asks for it.
     */
    public static final class Element {
        private final Element parent;
        /** The element's name, or for an item its whole title, shortened only when a route is asked for. */
        private final String name;

        private final boolean item;
        private final SourceLocation location;
        private final List<Suppression> suppressions;

        Element(Element parent, String name, boolean item, SourceLocation location, List<Suppression> suppressions) {
            this.parent = parent;
            this.name = name;
            this.item = item;
            this.location = location;
            this.suppressions = suppressions;
        }

        /** The human route ({@code Methods › LFM methods › MedCPT}, items by short name); empty for the list. */
        public String path() {
            String shown = item ? shortTitle(name) : name;
            if (parent == null) {
                return shown;
            }
            String parentPath = parent.path();
            return parentPath.isEmpty() ? shown : parentPath + " › " + shown;
        }

        /** Its DSL call. */
        public SourceLocation location() {
            return location;
        }

        /**
         * Whether it was read from a Markdown file (awesome:lint) rather than declared in Java: its findings
         * then say what to change in the Markdown, not which DSL method to call.
         */
        public boolean fromMarkdown() {
            String file = location.fileName().toLowerCase(java.util.Locale.ROOT);
            return file.endsWith(".md") || file.endsWith(".markdown");
        }

        /** What holds it: an item's section, a section's parent section, or the list (whose parent is null). */
        public Element parent() {
            return parent;
        }

        /** The findings accepted on it. */
        public List<Suppression> suppressions() {
            return suppressions;
        }

        @Override
        public String toString() {
            return path() + " (" + location + ")";
        }
    }

    /** A section, its element and its depth (1 for H2). */
    public record SectionRef(Section section, Element element, int depth) {}

    /** An entry or link item, its element, and whether its section groups by year. */
    public record ItemRef(Item item, Element element, boolean inYearGroup) {}

    /** A table and its element (named "table" under its section). */
    public record TableRef(Table table, Element element) {}

    /** A table row, its table, its position (1-based) and its element. */
    public record RowRef(Row row, Table table, int number, Element element) {}

    /**
     * Consecutive parts of the list, in document order: sections, items, tables, rows and URLs (a
     * section's own texts and URLs belong to the slice where the section starts). Every part is in exactly
     * one slice; the first slice also holds the list's own texts.
     *
     * <p>The validator indexes a slice's items, rows and URLs just before its rules check it, so the
     * URLs of a slice are numbered in the whole list ({@link #firstUrl()}) only once every slice is
     * indexed; within the slice they are numbered from 0.
     */
    final class Slice {
        private final int number;
        private final int firstSection;
        private final int firstItem;
        private final int firstTable;
        private final int firstRow;
        private int endSection;
        private int endItem;
        private int endTable;
        private int endRow;
        // URLs and their elements side by side: no object per URL (a large list has hundreds of thousands)
        private final List<String> urls = new ArrayList<>(urlsPerSlice());
        private final List<Element> urlElements = new ArrayList<>(urlsPerSlice());
        private final List<Element> suppressing = new ArrayList<>();
        /** What indexing the slice does, planned in document order; null once done. */
        private List<Job> jobs = new ArrayList<>();

        private int firstUrl = -1;

        private Slice(int number) {
            this.number = number;
            this.firstSection = sections.size();
            this.firstItem = itemCount;
            this.firstTable = tables.size();
            this.firstRow = rowCount;
        }

        private void end() {
            endSection = sections.size();
            endItem = itemCount;
            endTable = tables.size();
            endRow = rowCount;
        }

        /** Indexes this slice's items and rows, and gathers its URLs and suppressing elements; once. */
        void index() {
            if (jobs == null) {
                throw new IllegalStateException(this + " is indexed already");
            }
            for (Job job : jobs) {
                job.run(this);
            }
            jobs = null;
        }

        private void addUrl(String url, Element element) {
            urls.add(url);
            urlElements.add(element);
        }

        private void suppressing(Element element) {
            if (!element.suppressions().isEmpty()) {
                suppressing.add(element);
            }
        }

        private void paragraphUrls(List<Paragraph> paragraphs, Element element) {
            for (Paragraph paragraph : paragraphs) {
                inlineUrls(paragraph.inlines(), element);
            }
        }

        /** The URLs of links and images among {@code inlines}: links of the list like any other. */
        private void inlineUrls(List<Inline> inlines, Element element) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.LinkSpan link) {
                    addUrl(link.url(), element);
                } else if (inline instanceof Inline.Image image) {
                    addUrl(image.url(), element);
                    if (!image.target().isEmpty()) {
                        addUrl(image.target(), element);
                    }
                }
            }
        }

        private void items(List<Item> sectionItems, int from, int to, Element section, boolean inYearGroup, int at) {
            for (int i = from; i < to; i++) {
                Item item = sectionItems.get(i);
                Element e = new Element(section, item.title(), true, item.location(), item.suppressions());
                suppressing(e);
                items[at++] = new ItemRef(item, e, inYearGroup);
                if (item instanceof Entry entry) {
                    for (Link link : entry.links()) {
                        addUrl(link.url(), e);
                    }
                } else if (item instanceof LinkItem link) {
                    addUrl(link.url(), e);
                } else if (item instanceof TextItem text) {
                    inlineUrls(text.text().inlines(), e);
                }
                item.description().ifPresent(d -> inlineUrls(d.inlines(), e));
            }
        }

        private void rows(Table table, int from, int to, Element section, int at) {
            for (int r = from; r < to; r++) {
                Row row = table.rows().get(r);
                String name = row.title().isBlank() ? "row " + (r + 1) : row.title();
                Element e = new Element(section, name, false, row.location(), row.suppressions());
                suppressing(e);
                rows[at++] = new RowRef(row, table, r + 1, e);
                for (Cell cell : row.cells()) {
                    if (cell instanceof Cell.Links l) {
                        for (Link link : l.links()) {
                            addUrl(link.url(), e);
                        }
                    } else if (cell instanceof Cell.Rich rich) {
                        inlineUrls(rich.text().inlines(), e);
                    }
                }
            }
        }

        /** Its position among {@link ListIndex#slices()}, from 0. */
        public int number() {
            return number;
        }

        public List<SectionRef> sections() {
            return sectionList.subList(firstSection, endSection);
        }

        public List<ItemRef> items() {
            return itemList.subList(firstItem, endItem);
        }

        /** The index in {@link ListIndex#items()} of this slice's first item. */
        public int firstItem() {
            return firstItem;
        }

        public List<TableRef> tables() {
            return tableList.subList(firstTable, endTable);
        }

        public List<RowRef> rows() {
            return rowList.subList(firstRow, endRow);
        }

        /** How many URLs this slice links. */
        public int urlCount() {
            return urls.size();
        }

        /** This slice's {@code k}-th URL, from 0, in document order. */
        public String url(int k) {
            return urls.get(k);
        }

        /** The element that links this slice's {@code k}-th URL. */
        public Element urlElement(int k) {
            return urlElements.get(k);
        }

        /**
         * The number ({@link ListIndex#url(int)}) in the whole list of this slice's first URL, known once
         * every slice is indexed.
         *
         * @throws IllegalStateException while slices are still being indexed
         */
        public int firstUrl() {
            requireJoined();
            return firstUrl;
        }

        @Override
        public String toString() {
            return "slice " + number + " (items " + firstItem + "–" + endItem + ", rows " + firstRow + "–" + endRow
                    + ")";
        }
    }

    /** Receives text fields from {@link #forEachText}. */
    @FunctionalInterface
    public interface TextVisitor {
        /**
         * One text field.
         *
         * @param text the field's value
         * @param field what it is ({@code title}, {@code description}, {@code cell}, …), for messages
         * @param element the element it belongs to
         */
        void text(String text, String field, Element element);
    }

    /** One step of indexing a slice, planned in document order and run when the slice is built. */
    @FunctionalInterface
    private interface Job {
        void run(Slice slice);
    }

    private final AwesomeList list;
    private final Element listElement;
    private final List<SectionRef> sections = new ArrayList<>();
    private final List<TableRef> tables = new ArrayList<>();
    private final List<SectionRef> sectionList = Collections.unmodifiableList(sections);
    private final List<TableRef> tableList = Collections.unmodifiableList(tables);
    private final List<Slice> slices = new ArrayList<>();
    private final int sliceParts;
    // sized by the plan, filled slice by slice
    private final ItemRef[] items;
    private final RowRef[] rows;
    private final List<ItemRef> itemList;
    private final List<RowRef> rowList;
    // once every slice is indexed: where each slice's URLs start, how many there are, who suppresses
    private int[] urlStarts;
    private int urlCount;
    private List<Element> suppressing;
    // while planning
    private int itemCount;
    private int rowCount;
    private int openParts;
    private Slice open;

    private ListIndex(AwesomeList list, int sliceParts) {
        this.list = list;
        this.sliceParts = sliceParts;
        this.listElement = new Element(null, "", false, list.location(), list.suppressions());
        this.open = new Slice(0);
        open.jobs.add(slice -> slice.suppressing(listElement));
        list.homepage().ifPresent(url -> open.jobs.add(slice -> slice.addUrl(url, listElement)));
        open.jobs.add(slice -> slice.paragraphUrls(list.description(), listElement));
        for (Section section : list.sections()) {
            plan(section, listElement, 1);
        }
        open.jobs.add(slice -> slice.paragraphUrls(list.contributing(), listElement));
        open.jobs.add(slice -> slice.paragraphUrls(list.license(), listElement));
        open.end();
        slices.add(open);
        open = null;
        this.items = new ItemRef[itemCount];
        this.rows = new RowRef[rowCount];
        this.itemList = Collections.unmodifiableList(Arrays.asList(items));
        this.rowList = Collections.unmodifiableList(Arrays.asList(rows));
    }

    /** The index of {@code list}, in slices of {@value #SLICE_PARTS} items and rows. */
    public static ListIndex of(AwesomeList list) {
        return of(list, SLICE_PARTS);
    }

    /**
     * How many items and rows a slice holds: the parts of a slice of a list like the example one take
     * about 250 KB, so a slice stays in a core's cache while every rule reads it.
     */
    static final int SLICE_PARTS = 256;

    /** From this many items and rows on, slices are indexed and checked in parallel. */
    static final int PARALLEL_PARTS = 8192;

    /**
     * The index of {@code list}, in slices of {@code sliceParts} items and rows (at least 1). Only the
     * sections are walked in one thread: it plans the slices from the sizes of their item and row lists,
     * and the slices then index their items, rows and URLs, in parallel for a large list.
     */
    static ListIndex of(AwesomeList list, int sliceParts) {
        ListIndex index = planned(list, sliceParts);
        (index.isLarge() ? index.slices.parallelStream() : index.slices.stream()).forEach(Slice::index);
        index.join();
        return index;
    }

    /**
     * The slices of {@code list}, planned but not indexed: each slice must be {@linkplain Slice#index()
     * indexed}, then the index {@linkplain #join() joined}.
     */
    static ListIndex planned(AwesomeList list, int sliceParts) {
        if (sliceParts < 1) {
            throw new IllegalArgumentException("a slice holds at least one part, not " + sliceParts);
        }
        return new ListIndex(list, sliceParts);
    }

    /** Whether the list has enough items and rows that its slices are best indexed and checked in parallel. */
    boolean isLarge() {
        return items.length + rows.length >= PARALLEL_PARTS;
    }

    /** Room for the URLs of a slice of entries with a paper and a code link each, so that most lists never grow. */
    private int urlsPerSlice() {
        return 2 * Math.min(sliceParts, SLICE_PARTS) + 8;
    }

    /** Once every slice is indexed: numbers their URLs in the whole list and gathers the suppressing elements. */
    void join() {
        if (urlStarts != null) {
            throw new IllegalStateException("the index is joined already");
        }
        int[] starts = new int[slices.size()];
        int count = 0;
        List<Element> allSuppressing = new ArrayList<>();
        for (Slice slice : slices) {
            if (slice.jobs != null) {
                throw new IllegalStateException(slice + " is not indexed yet");
            }
            slice.firstUrl = count;
            starts[slice.number] = count;
            count += slice.urlCount();
            allSuppressing.addAll(slice.suppressing);
        }
        urlCount = count;
        suppressing = Collections.unmodifiableList(allSuppressing);
        urlStarts = starts;
    }

    private void requireJoined() {
        if (urlStarts == null) {
            throw new IllegalStateException(
                    "URLs are numbered in the whole list once every slice is indexed: in Check.end(), or as Check.url(…) gives them");
        }
    }

    public AwesomeList list() {
        return list;
    }

    /** The list itself, for findings about its title or badges. */
    public Element listElement() {
        return listElement;
    }

    public List<SectionRef> sections() {
        return sectionList;
    }

    public List<ItemRef> items() {
        return itemList;
    }

    public List<RowRef> rows() {
        return rowList;
    }

    /** The list's parts, cut into consecutive slices (at least one, possibly empty). */
    List<Slice> slices() {
        return slices;
    }

    /** How many URLs the list links (entries, link items, table cells, paragraphs). */
    public int urlCount() {
        requireJoined();
        return urlCount;
    }

    /** The {@code i}-th URL, in document order. */
    public String url(int i) {
        Slice slice = sliceOfUrl(i);
        return slice.url(i - slice.firstUrl);
    }

    /** The element that links the {@code i}-th URL. */
    public Element urlElement(int i) {
        Slice slice = sliceOfUrl(i);
        return slice.urlElement(i - slice.firstUrl);
    }

    /** The last slice that starts at or before URL {@code i}: the one that holds it (earlier ones may be empty). */
    private Slice sliceOfUrl(int i) {
        requireJoined();
        Objects.checkIndex(i, urlCount);
        int low = 0;
        int high = urlStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (urlStarts[middle] <= i) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return slices.get(low);
    }

    /** The elements that declare suppressions, in document order. */
    public List<Element> suppressingElements() {
        requireJoined();
        return suppressing;
    }

    /** Calls {@code visitor} with every text field of the list, slice by slice. */
    public void forEachText(TextVisitor visitor) {
        for (Slice slice : slices) {
            forEachText(slice, visitor);
        }
    }

    /**
     * Calls {@code visitor} with every text field of {@code slice}'s parts (and of the list itself for
     * the first slice), in document order within each kind.
     */
    void forEachText(Slice slice, TextVisitor visitor) {
        if (slice.number() == 0) {
            visitor.text(list.title(), "list title", listElement);
            list.badges().forEach(b -> visitor.text(b.altText(), "badge text", listElement));
            paragraphTexts(list.description(), "list description", listElement, visitor);
            paragraphTexts(list.contributing(), "contributing text", listElement, visitor);
            paragraphTexts(list.license(), "licence text", listElement, visitor);
        }
        for (SectionRef ref : slice.sections()) {
            Section section = ref.section();
            visitor.text(section.title(), "section title", ref.element());
            section.placeholder().ifPresent(p -> visitor.text(p, "placeholder", ref.element()));
            paragraphTexts(section.intro(), "intro", ref.element(), visitor);
            paragraphTexts(section.paragraphs(), "paragraph", ref.element(), visitor);
        }
        for (ItemRef ref : slice.items()) {
            if (ref.item() instanceof TextItem text) {
                visitor.text(visibleText(text.text().inlines()), "text", ref.element());
                continue;
            }
            visitor.text(ref.item().title(), "title", ref.element());
            if (ref.item() instanceof Entry entry) {
                entry.description()
                        .ifPresent(d -> visitor.text(visibleText(d.inlines()), "description", ref.element()));
                entry.venue().ifPresent(v -> visitor.text(v.name(), "venue", ref.element()));
                for (Link link : entry.links()) {
                    visitor.text(link.label(), "link label", ref.element());
                }
            } else if (ref.item() instanceof LinkItem link) {
                link.description().ifPresent(d -> visitor.text(visibleText(d.inlines()), "description", ref.element()));
            }
        }
        for (TableRef ref : slice.tables()) {
            for (Column column : ref.table().columns()) {
                visitor.text(column.name(), "column name", ref.element());
            }
        }
        for (RowRef ref : slice.rows()) {
            for (Cell cell : ref.row().cells()) {
                if (cell instanceof Cell.Text t) {
                    if (!t.text().isEmpty()) {
                        visitor.text(t.text(), "cell", ref.element());
                    }
                } else if (cell instanceof Cell.Links l) {
                    for (Link link : l.links()) {
                        visitor.text(link.label(), "link label", ref.element());
                    }
                } else if (cell instanceof Cell.Rich rich) {
                    visitor.text(visibleText(rich.text().inlines()), "cell", ref.element());
                }
            }
        }
    }

    /** Plans {@code section} and its subsections: their elements now, their items and rows as slice jobs. */
    private void plan(Section section, Element parent, int depth) {
        Element sectionElement =
                new Element(parent, section.title(), false, section.location(), section.suppressions());
        sections.add(new SectionRef(section, sectionElement, depth));
        open.jobs.add(slice -> {
            slice.suppressing(sectionElement);
            slice.paragraphUrls(section.intro(), sectionElement);
            slice.paragraphUrls(section.paragraphs(), sectionElement);
        });
        List<Item> sectionItems = section.allItems();
        boolean inYearGroup = section.groupByYear();
        planParts(
                sectionItems.size(),
                false,
                (slice, from, to, at) -> slice.items(sectionItems, from, to, sectionElement, inYearGroup, at));
        for (Table table : section.tables()) {
            tables.add(new TableRef(table, new Element(sectionElement, "table", false, table.location(), List.of())));
            planParts(
                    table.rows().size(),
                    true,
                    (slice, from, to, at) -> slice.rows(table, from, to, sectionElement, at));
        }
        for (Section subsection : section.subsections()) {
            plan(subsection, sectionElement, depth + 1);
        }
    }

    /** Indexes parts {@code [from, to)} of a section's items or a table's rows, the first of them at {@code at}. */
    @FunctionalInterface
    private interface PartsJob {
        void run(Slice slice, int from, int to, int at);
    }

    /**
     * Plans {@code count} items (or rows) as jobs of the open slice and the slices after it, each slice
     * taking as many as it has room for.
     */
    private void planParts(int count, boolean rows, PartsJob job) {
        for (int from = 0; from < count; ) {
            int start = from;
            int end = Math.min(count, from + sliceParts - openParts);
            int at = rows ? rowCount : itemCount;
            open.jobs.add(slice -> job.run(slice, start, end, at));
            if (rows) {
                rowCount += end - start;
            } else {
                itemCount += end - start;
            }
            openParts += end - start;
            if (openParts == sliceParts) {
                open.end();
                slices.add(open);
                open = new Slice(slices.size());
                openParts = 0;
            }
            from = end;
        }
    }

    private static void paragraphTexts(List<Paragraph> paragraphs, String field, Element element, TextVisitor visitor) {
        for (Paragraph paragraph : paragraphs) {
            for (Inline inline : paragraph.inlines()) {
                if (!(inline instanceof Inline.RawMarkdown) && !(inline instanceof Inline.LineBreak)) {
                    visitor.text(inline.text(), field, element);
                }
            }
        }
    }

    /**
     * The text a reader sees of {@code inlines}, for the text rules: Markdown kept verbatim (a block an
     * import could not map) is not text of the list's own, and a line break is not a defect there.
     */
    private static String visibleText(List<Inline> inlines) {
        if (inlines.size() == 1 && inlines.get(0) instanceof Inline.Text only) {
            return only.text(); // the common case, without a copy
        }
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (!(inline instanceof Inline.RawMarkdown)) {
                out.append(inline.text());
            }
        }
        return out.toString();
    }

    /**
     * How an item is named in a route: a paper's short name before its colon ("MedCPT" for "MedCPT: A
     * method for …"), else the title, cut after 48 characters.
     */
    static String shortTitle(String title) {
        String t = title.strip();
        int colon = t.indexOf(':');
        if (colon > 0 && colon <= 48) {
            return t.substring(0, colon);
        }
        return t.length() <= 48 ? t : t.substring(0, 47) + "…";
    }
}

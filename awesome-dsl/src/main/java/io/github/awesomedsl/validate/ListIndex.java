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
import java.util.ArrayList;
import java.util.List;

/**
 * A list flattened once for the rules, in document order: every section, item, table row and URL, each
 * tied to the {@link Element} a finding about it is reported on; text fields are walked on demand
 * ({@link #forEachText}). Rules read this instead of each walking the tree.
 *
 * <p>The index is cut into {@linkplain Slice slices} of consecutive parts, in document order. The
 * validator hands one slice at a time to every rule, so that a slice is read from memory once and then
 * checked by all rules from the processor's cache; the slices of a large list are checked in parallel.
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
   * Consecutive parts of the list, in document order: the sections, items, tables, rows and URLs that
   * were indexed between its start and its end (a section's own texts belong to the slice where the
   * section starts). Every part is in exactly one slice; the first slice also holds the list's own
   * texts. Ranges are {@code [first, end)} indices into the index's lists.
   */
  public final class Slice {
    private final int number;
    private final int firstSection;
    private final int firstItem;
    private final int firstTable;
    private final int firstRow;
    private final int firstUrl;
    private int endSection;
    private int endItem;
    private int endTable;
    private int endRow;
    private int endUrl;

    private Slice(int number) {
      this.number = number;
      this.firstSection = sections.size();
      this.firstItem = items.size();
      this.firstTable = tables.size();
      this.firstRow = rows.size();
      this.firstUrl = urls.size();
    }

    private void end() {
      endSection = sections.size();
      endItem = items.size();
      endTable = tables.size();
      endRow = rows.size();
      endUrl = urls.size();
    }

    /** Its position among {@link ListIndex#slices()}, from 0. */
    public int number() {
      return number;
    }

    public List<SectionRef> sections() {
      return sections.subList(firstSection, endSection);
    }

    public List<ItemRef> items() {
      return items.subList(firstItem, endItem);
    }

    /** The index in {@link ListIndex#items()} of this slice's first item. */
    public int firstItem() {
      return firstItem;
    }

    public List<TableRef> tables() {
      return tables.subList(firstTable, endTable);
    }

    public List<RowRef> rows() {
      return rows.subList(firstRow, endRow);
    }

    /** The index ({@link ListIndex#url(int)}) of this slice's first URL. */
    public int firstUrl() {
      return firstUrl;
    }

    /** One past the index of this slice's last URL. */
    public int endUrl() {
      return endUrl;
    }

    @Override
    public String toString() {
      return "slice " + number + " (items " + firstItem + "–" + endItem + ", urls " + firstUrl + "–" + endUrl + ")";
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

  private final AwesomeList list;
  private final Element listElement;
  private final List<SectionRef> sections = new ArrayList<>();
  private final List<ItemRef> items = new ArrayList<>();
  private final List<TableRef> tables = new ArrayList<>();
  private final List<RowRef> rows = new ArrayList<>();
  // URLs and their elements side by side: no object per URL (a large list has hundreds of thousands)
  private final List<String> urls = new ArrayList<>();
  private final List<Element> urlElements = new ArrayList<>();
  private final List<Element> suppressing = new ArrayList<>();
  private final List<Slice> slices = new ArrayList<>();
  private final int sliceParts;
  private Slice open;

  private ListIndex(AwesomeList list, int sliceParts) {
    this.list = list;
    this.sliceParts = sliceParts;
    this.listElement = element(null, "", false, list.location(), list.suppressions());
    this.open = new Slice(0);
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

  /** The index of {@code list}, in slices of {@code sliceParts} items and rows (at least 1). */
  static ListIndex of(AwesomeList list, int sliceParts) {
    if (sliceParts < 1) {
      throw new IllegalArgumentException("a slice holds at least one part, not " + sliceParts);
    }
    ListIndex index = new ListIndex(list, sliceParts);
    index.paragraphUrls(list.description(), index.listElement);
    for (Section section : list.sections()) {
      index.add(section, index.listElement, 1);
    }
    index.paragraphUrls(list.contributing(), index.listElement);
    index.paragraphUrls(list.license(), index.listElement);
    index.open.end();
    index.slices.add(index.open);
    index.open = null;
    return index;
  }

  public AwesomeList list() {
    return list;
  }

  /** The list itself, for findings about its title or badges. */
  public Element listElement() {
    return listElement;
  }

  public List<SectionRef> sections() {
    return sections;
  }

  public List<ItemRef> items() {
    return items;
  }

  public List<RowRef> rows() {
    return rows;
  }

  /** The list's parts, cut into consecutive slices (at least one, possibly empty). */
  public List<Slice> slices() {
    return slices;
  }

  /** How many URLs the list links (entries, link items, table cells, paragraphs). */
  public int urlCount() {
    return urls.size();
  }

  /** The {@code i}-th URL, in document order. */
  public String url(int i) {
    return urls.get(i);
  }

  /** The element that links the {@code i}-th URL. */
  public Element urlElement(int i) {
    return urlElements.get(i);
  }

  /** The elements that declare suppressions, in document order. */
  public List<Element> suppressingElements() {
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
  public void forEachText(Slice slice, TextVisitor visitor) {
    if (slice.number() == 0) {
      visitor.text(list.title(), "list title", listElement);
      list.badges().forEach(b -> visitor.text(b.altText(), "badge text", listElement));
      paragraphTexts(list.description(), "description", listElement, visitor);
      paragraphTexts(list.contributing(), "contributing text", listElement, visitor);
      paragraphTexts(list.license(), "licence text", listElement, visitor);
    }
    for (SectionRef ref : slice.sections()) {
      Section section = ref.section();
      visitor.text(section.title(), "section title", ref.element());
      section.placeholder().ifPresent(p -> visitor.text(p, "placeholder", ref.element()));
      paragraphTexts(section.intro(), "intro", ref.element(), visitor);
    }
    for (ItemRef ref : slice.items()) {
      visitor.text(ref.item().title(), "title", ref.element());
      if (ref.item() instanceof Entry entry) {
        entry.description().ifPresent(d -> visitor.text(d, "description", ref.element()));
        entry.venue().ifPresent(v -> visitor.text(v.name(), "venue", ref.element()));
        for (Link link : entry.links()) {
          visitor.text(link.label(), "link label", ref.element());
        }
      } else if (ref.item() instanceof LinkItem link) {
        link.description().ifPresent(d -> visitor.text(d, "description", ref.element()));
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
        }
      }
    }
  }

  private Element element(
      Element parent, String name, boolean item, SourceLocation location, List<Suppression> suppressions) {
    Element element = new Element(parent, name, item, location, suppressions);
    if (!suppressions.isEmpty()) {
      suppressing.add(element);
    }
    return element;
  }

  private void add(Section section, Element parent, int depth) {
    Element sectionElement = element(parent, section.title(), false, section.location(), section.suppressions());
    sections.add(new SectionRef(section, sectionElement, depth));
    paragraphUrls(section.intro(), sectionElement);
    for (Item item : section.items()) {
      if (item instanceof Entry entry) {
        Element e = element(sectionElement, entry.title(), true, entry.location(), entry.suppressions());
        items.add(new ItemRef(entry, e, section.groupByYear()));
        for (Link link : entry.links()) {
          addUrl(link.url(), e);
        }
        partAdded();
      } else if (item instanceof LinkItem link) {
        Element e = element(sectionElement, link.title(), true, link.location(), link.suppressions());
        items.add(new ItemRef(link, e, section.groupByYear()));
        addUrl(link.url(), e);
        partAdded();
      }
    }
    for (Table table : section.tables()) {
      tables.add(new TableRef(table, element(sectionElement, "table", false, table.location(), List.of())));
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = table.rows().get(r);
        String name = row.title().isBlank() ? "row " + (r + 1) : row.title();
        Element e = element(sectionElement, name, false, row.location(), row.suppressions());
        rows.add(new RowRef(row, table, r + 1, e));
        for (Cell cell : row.cells()) {
          if (cell instanceof Cell.Links l) {
            for (Link link : l.links()) {
              addUrl(link.url(), e);
            }
          }
        }
        partAdded();
      }
    }
    for (Section subsection : section.subsections()) {
      add(subsection, sectionElement, depth + 1);
    }
  }

  /** Ends the open slice once it holds {@link #sliceParts} items and rows. */
  private void partAdded() {
    if (items.size() - open.firstItem + rows.size() - open.firstRow >= sliceParts) {
      open.end();
      slices.add(open);
      open = new Slice(slices.size());
    }
  }

  private void paragraphUrls(List<Paragraph> paragraphs, Element element) {
    for (Paragraph paragraph : paragraphs) {
      for (Inline inline : paragraph.inlines()) {
        if (inline instanceof Inline.LinkSpan link) {
          addUrl(link.url(), element);
        }
      }
    }
  }

  private void addUrl(String url, Element element) {
    urls.add(url);
    urlElements.add(element);
  }

  private static void paragraphTexts(List<Paragraph> paragraphs, String field, Element element, TextVisitor visitor) {
    for (Paragraph paragraph : paragraphs) {
      for (Inline inline : paragraph.inlines()) {
        visitor.text(inline.text(), field, element);
      }
    }
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

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
    private final String name;
    private final SourceLocation location;
    private final List<Suppression> suppressions;

    Element(Element parent, String name, SourceLocation location, List<Suppression> suppressions) {
      this.parent = parent;
      this.name = name;
      this.location = location;
      this.suppressions = suppressions;
    }

    /** The human route ({@code Methods › LFM methods › MedCPT}, items by short name); empty for the list. */
    public String path() {
      if (parent == null) {
        return name;
      }
      String parentPath = parent.path();
      return parentPath.isEmpty() ? name : parentPath + " › " + name;
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

  private ListIndex(AwesomeList list) {
    this.list = list;
    this.listElement = element(null, "", list.location(), list.suppressions());
  }

  public static ListIndex of(AwesomeList list) {
    ListIndex index = new ListIndex(list);
    index.paragraphUrls(list.description(), index.listElement);
    for (Section section : list.sections()) {
      index.add(section, index.listElement, 1);
    }
    index.paragraphUrls(list.contributing(), index.listElement);
    index.paragraphUrls(list.license(), index.listElement);
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

  /** Calls {@code visitor} with every text field of the list, in document order within each kind. */
  public void forEachText(TextVisitor visitor) {
    visitor.text(list.title(), "list title", listElement);
    list.badges().forEach(b -> visitor.text(b.altText(), "badge text", listElement));
    paragraphTexts(list.description(), "description", listElement, visitor);
    paragraphTexts(list.contributing(), "contributing text", listElement, visitor);
    paragraphTexts(list.license(), "licence text", listElement, visitor);
    for (SectionRef ref : sections) {
      Section section = ref.section();
      visitor.text(section.title(), "section title", ref.element());
      section.placeholder().ifPresent(p -> visitor.text(p, "placeholder", ref.element()));
      paragraphTexts(section.intro(), "intro", ref.element(), visitor);
    }
    for (ItemRef ref : items) {
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
    for (TableRef ref : tables) {
      for (Column column : ref.table().columns()) {
        visitor.text(column.name(), "column name", ref.element());
      }
    }
    for (RowRef ref : rows) {
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

  private Element element(Element parent, String name, SourceLocation location, List<Suppression> suppressions) {
    Element element = new Element(parent, name, location, suppressions);
    if (!suppressions.isEmpty()) {
      suppressing.add(element);
    }
    return element;
  }

  private void add(Section section, Element parent, int depth) {
    Element sectionElement = element(parent, section.title(), section.location(), section.suppressions());
    sections.add(new SectionRef(section, sectionElement, depth));
    paragraphUrls(section.intro(), sectionElement);
    for (Item item : section.items()) {
      if (item instanceof Entry entry) {
        Element e = element(sectionElement, shortTitle(entry.title()), entry.location(), entry.suppressions());
        items.add(new ItemRef(entry, e, section.groupByYear()));
        for (Link link : entry.links()) {
          addUrl(link.url(), e);
        }
      } else if (item instanceof LinkItem link) {
        Element e = element(sectionElement, shortTitle(link.title()), link.location(), link.suppressions());
        items.add(new ItemRef(link, e, section.groupByYear()));
        addUrl(link.url(), e);
      }
    }
    for (Table table : section.tables()) {
      tables.add(new TableRef(table, element(sectionElement, "table", table.location(), List.of())));
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = table.rows().get(r);
        String name = row.title().isBlank() ? "row " + (r + 1) : row.title();
        Element e = element(sectionElement, name, row.location(), row.suppressions());
        rows.add(new RowRef(row, table, r + 1, e));
        for (Cell cell : row.cells()) {
          if (cell instanceof Cell.Links l) {
            for (Link link : l.links()) {
              addUrl(link.url(), e);
            }
          }
        }
      }
    }
    for (Section subsection : section.subsections()) {
      add(subsection, sectionElement, depth + 1);
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

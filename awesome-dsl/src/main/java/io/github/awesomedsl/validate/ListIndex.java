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
 * A list flattened once for the rules, in document order: every section, item, table row, URL and
 * text field, each tied to the {@link Element} a finding about it is reported on. Rules read these
 * lists instead of each walking the tree.
 */
public final class ListIndex {

  /**
   * Something a finding can be about: the list, a section, an item, a table or a row.
   *
   * @param path the human route ({@code Methods › LFM methods › MedCPT}, items by their short name);
   *     empty for the list itself
   * @param location its DSL call
   * @param suppressions the findings accepted on it
   */
  public record Element(String path, SourceLocation location, List<Suppression> suppressions) {}

  /** A section, its element and its depth (1 for H2). */
  public record SectionRef(Section section, Element element, int depth) {}

  /** An entry or link item, its element, and whether its section groups by year. */
  public record ItemRef(Item item, Element element, boolean inYearGroup) {}

  /** A table row, its table, its position (1-based) and its element. */
  public record RowRef(Row row, Table table, int number, Element element) {}

  /** A URL and the element that links it. */
  public record UrlRef(String url, Element element) {}

  /**
   * A text field.
   *
   * @param text the field's value
   * @param field what it is ({@code title}, {@code description}, {@code cell}, …), for messages
   * @param element the element it belongs to
   */
  public record TextRef(String text, String field, Element element) {}

  private final AwesomeList list;
  private final Element listElement;
  private final List<SectionRef> sections = new ArrayList<>();
  private final List<ItemRef> items = new ArrayList<>();
  private final List<RowRef> rows = new ArrayList<>();
  private final List<UrlRef> urls = new ArrayList<>();
  private final List<TextRef> texts = new ArrayList<>();
  private final List<Element> elements = new ArrayList<>();

  private ListIndex(AwesomeList list) {
    this.list = list;
    this.listElement = element("", list.location(), list.suppressions());
  }

  public static ListIndex of(AwesomeList list) {
    ListIndex index = new ListIndex(list);
    index.text(list.title(), "list title", index.listElement);
    list.badges().forEach(b -> index.text(b.altText(), "badge text", index.listElement));
    index.paragraphs(list.description(), "description", index.listElement);
    for (Section section : list.sections()) {
      index.add(section, "", 1);
    }
    index.paragraphs(list.contributing(), "contributing text", index.listElement);
    index.paragraphs(list.license(), "licence text", index.listElement);
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

  public List<UrlRef> urls() {
    return urls;
  }

  public List<TextRef> texts() {
    return texts;
  }

  /** Every element, the list first, in document order. */
  public List<Element> elements() {
    return elements;
  }

  private Element element(String path, SourceLocation location, List<Suppression> suppressions) {
    Element element = new Element(path, location, suppressions);
    elements.add(element);
    return element;
  }

  private void add(Section section, String parentPath, int depth) {
    String path = route(parentPath, section.title());
    Element sectionElement = element(path, section.location(), section.suppressions());
    sections.add(new SectionRef(section, sectionElement, depth));
    text(section.title(), "section title", sectionElement);
    section.placeholder().ifPresent(p -> text(p, "placeholder", sectionElement));
    paragraphs(section.intro(), "intro", sectionElement);
    for (Item item : section.items()) {
      if (item instanceof Entry entry) {
        Element e = element(route(path, shortTitle(entry.title())), entry.location(), entry.suppressions());
        items.add(new ItemRef(entry, e, section.groupByYear()));
        text(entry.title(), "title", e);
        entry.description().ifPresent(d -> text(d, "description", e));
        entry.venue().ifPresent(v -> text(v.name(), "venue", e));
        links(entry.links(), e);
      } else if (item instanceof LinkItem link) {
        Element e = element(route(path, shortTitle(link.title())), link.location(), link.suppressions());
        items.add(new ItemRef(link, e, section.groupByYear()));
        text(link.title(), "title", e);
        link.description().ifPresent(d -> text(d, "description", e));
        urls.add(new UrlRef(link.url(), e));
      }
    }
    for (Table table : section.tables()) {
      Element tableElement = element(route(path, "table"), table.location(), List.of());
      for (Column column : table.columns()) {
        text(column.name(), "column name", tableElement);
      }
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = table.rows().get(r);
        Element e = element(route(path, row.title().isBlank() ? "row " + (r + 1) : row.title()), row.location(), row.suppressions());
        rows.add(new RowRef(row, table, r + 1, e));
        for (Cell cell : row.cells()) {
          if (cell instanceof Cell.Text t) {
            if (!t.text().isEmpty()) {
              text(t.text(), "cell", e);
            }
          } else if (cell instanceof Cell.Links l) {
            links(l.links(), e);
          }
        }
      }
    }
    for (Section subsection : section.subsections()) {
      add(subsection, path, depth + 1);
    }
  }

  private void links(List<Link> links, Element element) {
    for (Link link : links) {
      text(link.label(), "link label", element);
      urls.add(new UrlRef(link.url(), element));
    }
  }

  private void paragraphs(List<Paragraph> paragraphs, String field, Element element) {
    for (Paragraph paragraph : paragraphs) {
      for (Inline inline : paragraph.inlines()) {
        text(inline.text(), field, element);
        if (inline instanceof Inline.LinkSpan link) {
          urls.add(new UrlRef(link.url(), element));
        }
      }
    }
  }

  private void text(String text, String field, Element element) {
    texts.add(new TextRef(text, field, element));
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

  private static String route(String parent, String title) {
    return parent.isEmpty() ? title : parent + " › " + title;
  }
}

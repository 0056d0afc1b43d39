package io.github.awesomedsl.validate;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A list flattened once for the rules: every section and every URL with its human route and location,
 * in document order. Rules read it instead of walking the tree each on its own.
 */
public final class ListIndex {

  /** A section and its route ({@code Methods › LFM methods}). */
  public record SectionRef(Section section, String path, int depth) {}

  /** A URL, the route of the element that holds it and that element's DSL call. */
  public record UrlRef(String url, String path, SourceLocation location) {}

  private final AwesomeList list;
  private final List<SectionRef> sections = new ArrayList<>();
  private final List<UrlRef> urls = new ArrayList<>();

  private ListIndex(AwesomeList list) {
    this.list = list;
  }

  public static ListIndex of(AwesomeList list) {
    ListIndex index = new ListIndex(list);
    for (Section section : list.sections()) {
      index.add(section, "", 1);
    }
    return index;
  }

  public AwesomeList list() {
    return list;
  }

  public List<SectionRef> sections() {
    return sections;
  }

  public List<UrlRef> urls() {
    return urls;
  }

  private void add(Section section, String parentPath, int depth) {
    String path = route(parentPath, section.title());
    sections.add(new SectionRef(section, path, depth));
    for (Item item : section.items()) {
      String itemPath = route(path, item.title());
      if (item instanceof Entry entry) {
        for (Link link : entry.links()) {
          urls.add(new UrlRef(link.url(), itemPath, entry.location()));
        }
      } else if (item instanceof LinkItem link) {
        urls.add(new UrlRef(link.url(), itemPath, link.location()));
      }
    }
    for (Table table : section.tables()) {
      for (Row row : table.rows()) {
        String rowPath = route(path, row.title());
        for (Cell cell : row.cells()) {
          if (cell instanceof Cell.Links links) {
            for (Link link : links.links()) {
              urls.add(new UrlRef(link.url(), rowPath, row.location()));
            }
          }
        }
      }
    }
    for (Section subsection : section.subsections()) {
      add(subsection, path, depth + 1);
    }
  }

  private static String route(String parent, String title) {
    return parent.isEmpty() ? title : parent + " › " + title;
  }
}

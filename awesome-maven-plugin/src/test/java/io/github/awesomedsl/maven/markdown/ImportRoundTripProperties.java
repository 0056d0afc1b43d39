package io.github.awesomedsl.maven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awesomedsl.model.Alignment;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
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
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.MarkdownWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * import(render(list)) equals the list, for lists in the vocabulary the awesome style writes without
 * loss: a title with the awesome badge, description paragraphs, sections nested to H4 with text intros,
 * entries with a main link and a description (grouped by year or not), tables with aligned columns and
 * text or link cells, and a Contributing section. (Venues, secondary links and placeholders are written
 * as prose in that style, so they are outside this property.) Source lines are not compared: a README's
 * are not the DSL's.
 */
class ImportRoundTripProperties {

  private static final String[] TOKENS = {
    "a", "Z", "9", " ", "é", "中", "😀", "\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "!", "#", "|", "~", "$", "&",
    ":", ".", "-", "+", "@", "\"", "'", "http://x.org", "www.y.org", "&amp;", "**", "1. ", "# ", "> "
  };

  @Provide
  Arbitrary<String> texts() {
    // one-line, trimmed, not blank, not a year (a section titled 2023 would read as a year group)
    return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts))
        .map(MarkdownWriter::normalize).filter(s -> !s.isBlank() && !s.matches("(19|20)\\d{2}"));
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
    return Combinators.combine(texts(), urls(), descriptions.injectNull(0.3), Arbitraries.integers().between(1990, 2025))
        .as((title, url, description, year) -> new Entry(Optional.empty(), title, Optional.ofNullable(description),
            Optional.empty(), dated ? OptionalInt.of(year) : OptionalInt.empty(), List.of(Link.project(url)), List.of(),
            List.of(), SourceLocation.UNKNOWN));
  }

  private Arbitrary<Table> tables() {
    return Arbitraries.integers().between(1, 3).flatMap(columns -> Combinators.combine(
            Combinators.combine(texts(), Arbitraries.of(Alignment.values())).as(Column::new).list().ofSize(columns),
            Arbitraries.oneOf(texts().map(Cell::text), Combinators.combine(texts(), urls()).as(Cell::link))
                .list().ofSize(columns).list().ofMinSize(1).ofMaxSize(3))
        .as((cols, rows) -> new Table(cols, rows.stream().map(cells -> new Row(cells, List.of(), SourceLocation.UNKNOWN)).toList(),
            SourceLocation.UNKNOWN)));
  }

  private Arbitrary<Section> sections(int depth) {
    Arbitrary<List<Section>> children = depth >= 3 ? Arbitraries.just(List.of()) : sections(depth + 1).list().ofMaxSize(2);
    return Combinators.combine(texts(), texts().map(ImportRoundTripProperties::paragraph).list().ofMaxSize(2),
            Arbitraries.of(true, false), tables().list().ofMaxSize(1), children)
        .flatAs((title, intro, dated, tables, subsections) -> entries(dated).list().ofMinSize(dated ? 1 : 0).ofMaxSize(4)
            .map(entries -> new Section(title, intro, new ArrayList<Item>(entries), tables, dated, Optional.empty(),
                subsections, List.of(), SourceLocation.UNKNOWN)));
  }

  @Provide
  Arbitrary<AwesomeList> lists() {
    return Combinators.combine(texts(), texts().map(ImportRoundTripProperties::paragraph).list().ofMaxSize(2),
            sections(1).list().ofMinSize(1).ofMaxSize(3), texts().map(ImportRoundTripProperties::paragraph).list().ofMaxSize(1))
        .as((title, description, sections, contributing) -> new AwesomeList("Awesome " + title, List.of(Badge.AWESOME),
            description, sections, contributing, List.of(), List.of(), SourceLocation.UNKNOWN))
        .filter(list -> !hasReservedTitles(list));
  }

  @Property(tries = 300)
  void importingTheRenderingGivesTheListBack(@ForAll("lists") AwesomeList list) {
    String markdown = MarkdownRenderer.create().render(list);
    AwesomeList imported = new MarkdownListReader("README.md").read(markdown);
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
    list.description().forEach(p -> out.append("description=").append(p.plainText()).append('\n'));
    list.sections().forEach(s -> section(s, out, ""));
    list.contributing().forEach(p -> out.append("contributing=").append(p.plainText()).append('\n'));
    return out.toString();
  }

  private static void section(Section section, StringBuilder out, String indent) {
    out.append(indent).append("section=").append(section.title()).append(" grouped=").append(section.groupByYear()).append('\n');
    section.intro().forEach(p -> out.append(indent).append(" intro=").append(p.plainText()).append('\n'));
    List<Entry> entries = section.items().stream().map(Entry.class::cast).toList();
    if (section.groupByYear()) { // shown newest year first, declared order within a year
      entries = entries.stream().sorted(java.util.Comparator.comparingInt((Entry e) -> e.year().getAsInt()).reversed()).toList();
    }
    for (Entry e : entries) {
      out.append(indent).append(" entry=").append(e.title()).append(" | ").append(e.description().map(d -> canonical(d.inlines()).toString()).orElse("-"))
          .append(" | ").append(e.year()).append(" | ").append(e.links()).append('\n');
    }
    for (Table table : section.tables()) {
      out.append(indent).append(" columns=").append(table.columns()).append('\n');
      table.rows().forEach(r -> out.append(indent).append("  row=").append(r.cells()).append('\n'));
    }
    section.subsections().forEach(s -> section(s, out, indent + "  "));
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
    return all.stream().anyMatch(s -> s.title().equals("Contents") || s.title().equals("Table of Contents")
        || s.title().equals("Contributing"));
  }
}

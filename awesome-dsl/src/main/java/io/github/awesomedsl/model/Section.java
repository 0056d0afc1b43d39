package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import io.github.awesomedsl.internal.SourceLocations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A heading of the list with what stands under it: intro paragraphs, items (entries, link items),
 * tables, and nested sections. Sections nest up to three levels (H2 to H4 in the README).
 *
 * <p>A section that is empty on purpose declares a {@linkplain Builder#placeholder(String) placeholder}
 * ("Contributions welcome."), so that the validator can tell it from one that was forgotten.
 *
 * @param title the heading text
 * @param intro paragraphs shown under the heading, before the items
 * @param items entries and link items, in declared order
 * @param tables tables, shown after the items
 * @param groupByYear whether items are shown under one heading per year, newest first
 * @param placeholder the text shown when the section is empty on purpose
 * @param subsections nested sections, shown last
 * @param suppressions validator findings accepted on purpose on this section
 * @param location the {@code section(…)} call
 */
@DslFrame
public record Section(
    String title,
    List<Paragraph> intro,
    List<Item> items,
    List<Table> tables,
    boolean groupByYear,
    Optional<String> placeholder,
    List<Section> subsections,
    List<Suppression> suppressions,
    SourceLocation location) {

  /** How deep sections may nest: H2, H3, H4. */
  public static final int MAX_DEPTH = 3;

  /** The placeholder of {@link Builder#placeholder()}. */
  public static final String DEFAULT_PLACEHOLDER = "Contributions welcome.";

  public Section {
    Objects.requireNonNull(title, "title");
    intro = List.copyOf(intro);
    items = List.copyOf(items);
    tables = List.copyOf(tables);
    Objects.requireNonNull(placeholder, "placeholder");
    subsections = List.copyOf(subsections);
    suppressions = List.copyOf(suppressions);
    Objects.requireNonNull(location, "location");
  }

  /** Starts a section; the line of this call is recorded for diagnostics. */
  public static Builder builder(String title) {
    return new Builder(title, SourceLocations.capture());
  }

  /** The entries among the items. */
  public List<Entry> entries() {
    return items.stream().filter(Entry.class::isInstance).map(Entry.class::cast).toList();
  }

  /** Whether nothing stands in this section itself (subsections aside). */
  public boolean hasNoContent() {
    return items.isEmpty() && tables.isEmpty();
  }

  /** Fluent builder. Children are built by {@link #build()}, so errors name their whole route. */
  @DslFrame
  public static final class Builder {
    private final String title;
    private final SourceLocation location;
    private final List<Paragraph> intro = new ArrayList<>();
    private final List<Supplier<? extends Item>> items = new ArrayList<>();
    private final List<Supplier<Table>> tables = new ArrayList<>();
    private final List<Builder> subsections = new ArrayList<>();
    private boolean groupByYear;
    private String placeholder;
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder(String title, SourceLocation location) {
      this.title = Objects.requireNonNull(title, "section title must not be null");
      this.location = location;
    }

    /** An intro paragraph of plain text. */
    public Builder intro(String text) {
      return intro(Inline.text(Objects.requireNonNull(text, () -> what() + ": intro must not be null")));
    }

    /** An intro paragraph made of spans (text, links, code…). */
    public Builder intro(Inline... inlines) {
      intro.add(new Paragraph(List.of(inlines), SourceLocations.capture()));
      return this;
    }

    /** A paragraph of rich text: {@code intro(text("See ").link("the survey", "https://…"))}; parts are joined. */
    public Builder intro(RichText... parts) {
      return intro(RichText.concat(parts).inlines().toArray(Inline[]::new));
    }

    public Builder entry(Entry.Builder entry) {
      Objects.requireNonNull(entry, () -> what() + ": entry must not be null");
      items.add(entry::build);
      return this;
    }

    public Builder entry(Entry entry) {
      Objects.requireNonNull(entry, () -> what() + ": entry must not be null");
      items.add(() -> entry);
      return this;
    }

    /** Adds entries in order. */
    public Builder entries(Entry.Builder... entries) {
      for (Entry.Builder entry : entries) {
        entry(entry);
      }
      return this;
    }

    /** A plain link item (a tutorial, a resource). */
    public Builder link(LinkItem.Builder link) {
      Objects.requireNonNull(link, () -> what() + ": link item must not be null");
      items.add(link::build);
      return this;
    }

    public Builder table(Table.Builder table) {
      Objects.requireNonNull(table, () -> what() + ": table must not be null");
      tables.add(table::build);
      return this;
    }

    /** Shows the entries under one heading per year, newest first; every entry then needs a year. */
    public Builder groupByYear() {
      this.groupByYear = true;
      return this;
    }

    /** Declares the section empty on purpose, showing {@value Section#DEFAULT_PLACEHOLDER}. */
    public Builder placeholder() {
      return placeholder(DEFAULT_PLACEHOLDER);
    }

    /** Declares the section empty on purpose, showing {@code text}. */
    public Builder placeholder(String text) {
      this.placeholder = Objects.requireNonNull(text, () -> what() + ": placeholder must not be null");
      return this;
    }

    /** A nested section. */
    public Builder section(Builder subsection) {
      subsections.add(Objects.requireNonNull(subsection, () -> what() + ": subsection must not be null"));
      return this;
    }

    /** Accepts a finding of the rule {@code ruleId} on this section, for the written {@code reason}. */
    public Builder suppress(String ruleId, String reason) {
      suppressions.add(Suppression.of(ruleId, reason));
      return this;
    }

    public Section build() {
      String route = "section \"" + title + "\"";
      List<Item> builtItems = new ArrayList<>(items.size());
      List<Table> builtTables = new ArrayList<>(tables.size());
      List<Section> builtSubsections = new ArrayList<>(subsections.size());
      try {
        for (Supplier<? extends Item> item : items) {
          builtItems.add(item.get());
        }
        for (Supplier<Table> table : tables) {
          builtTables.add(table.get());
        }
        for (Builder subsection : subsections) {
          builtSubsections.add(subsection.build());
        }
      } catch (ModelException e) {
        throw e.within(route);
      }
      if (groupByYear) {
        for (Item item : builtItems) {
          if (!(item instanceof Entry entry) || entry.year().isEmpty()) {
            throw new ModelException(
                route + " › \"" + item.title() + "\"",
                item.location(),
                "the section groups its entries by year, so this item needs a year;"
                    + " add .year(…) or move it to a section without groupByYear()");
          }
        }
      }
      return new Section(
          title,
          intro,
          builtItems,
          builtTables,
          groupByYear,
          Optional.ofNullable(placeholder),
          builtSubsections,
          suppressions,
          location);
    }

    private String what() {
      return "section \"" + title + "\"";
    }
  }
}

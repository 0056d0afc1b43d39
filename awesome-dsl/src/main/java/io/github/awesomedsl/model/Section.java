package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A heading of the list with what stands under it: intro paragraphs, then its body in declared order
 * (items, which consecutive ones make one list; tables; paragraphs between them), then nested sections.
 * Sections nest up to three levels (H2 to H4 in the README).
 *
 * <p>A section that is empty on purpose declares a {@linkplain Builder#placeholder(String) placeholder}
 * ("Contributions welcome."), so that the validator can tell it from one that was forgotten.
 *
 * @param title the heading text
 * @param intro paragraphs shown under the heading, before the items
 * @param body items, tables and paragraphs, in declared order
 * @param groupByYear whether items are shown under one heading per year, newest first
 * @param placeholder the text shown when the section is empty on purpose
 * @param sortBy how the README orders its items, if not as declared
 * @param subsections nested sections, shown last
 * @param suppressions validator findings accepted on purpose on this section
 * @param location the {@code section(…)} call
 */
@DslFrame
public record Section(
        String title,
        List<Paragraph> intro,
        List<Block> body,
        boolean groupByYear,
        Optional<String> placeholder,
        Optional<SortOrder> sortBy,
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
        body = List.copyOf(body);
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(sortBy, "sortBy");
        subsections = List.copyOf(subsections);
        suppressions = List.copyOf(suppressions);
        Objects.requireNonNull(location, "location");
    }

    /** A section shown in declared order. */
    public Section(
            String title,
            List<Paragraph> intro,
            List<Block> body,
            boolean groupByYear,
            Optional<String> placeholder,
            List<Section> subsections,
            List<Suppression> suppressions,
            SourceLocation location) {
        this(title, intro, body, groupByYear, placeholder, Optional.empty(), subsections, suppressions, location);
    }

    /** A section whose items come first and its tables after them (how sections were before bodies kept order). */
    public Section(
            String title,
            List<Paragraph> intro,
            List<Item> items,
            List<Table> tables,
            boolean groupByYear,
            Optional<String> placeholder,
            List<Section> subsections,
            List<Suppression> suppressions,
            SourceLocation location) {
        this(
                title,
                intro,
                concat(items, tables),
                groupByYear,
                placeholder,
                Optional.empty(),
                subsections,
                suppressions,
                location);
    }

    private static List<Block> concat(List<? extends Block> first, List<? extends Block> second) {
        List<Block> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }

    /** Starts a section; the line of this call is recorded for diagnostics. */
    public static Builder builder(String title) {
        return new Builder(title, SourceLocations.capture());
    }

    /** The items of the body (not their children), in order. */
    public List<Item> items() {
        return of(Item.class);
    }

    /** The items of the body and all their descendants, each parent before its children. */
    public List<Item> allItems() {
        return Item.flatten(items());
    }

    /** The tables of the body, in order. */
    public List<Table> tables() {
        return of(Table.class);
    }

    /** The paragraphs of the body (between or after its lists and tables; not the intro), in order. */
    public List<Paragraph> paragraphs() {
        return of(Paragraph.class);
    }

    private <T extends Block> List<T> of(Class<T> kind) {
        List<T> found = new ArrayList<>(body.size());
        for (Block block : body) {
            if (kind.isInstance(block)) {
                found.add(kind.cast(block));
            }
        }
        return found;
    }

    /** The entries among the items and their descendants. */
    public List<Entry> entries() {
        return allItems().stream()
                .filter(Entry.class::isInstance)
                .map(Entry.class::cast)
                .toList();
    }

    /** Whether nothing stands in this section itself (subsections aside). */
    public boolean hasNoContent() {
        return body.isEmpty();
    }

    /** Fluent builder. Children are built by {@link #build()}, so errors name their whole route. */
    @DslFrame
    public static final class Builder {
        private final String title;
        private final SourceLocation location;
        private final List<Paragraph> intro = new ArrayList<>();
        private final List<Supplier<? extends Block>> body = new ArrayList<>();
        private final List<Builder> subsections = new ArrayList<>();
        private boolean groupByYear;
        private String placeholder;
        private SortOrder sortBy;
        private final List<Suppression> suppressions = new ArrayList<>();

        private Builder(String title, SourceLocation location) {
            this.title = Objects.requireNonNull(title, "section title must not be null");
            this.location = location;
        }

        /** An intro paragraph of plain text. */
        public Builder intro(String text) {
            return intro(Inline.text(Objects.requireNonNull(text, () -> what() + ": intro must not be null")));
        }

        /**
         * A paragraph in the body, after what was declared before it (prose between two lists): {@code
         * paragraph(text("Older tools, kept for reference:"))}; parts are joined.
         */
        public Builder paragraph(RichText... parts) {
            SourceLocation at = SourceLocations.capture();
            Paragraph paragraph = new Paragraph(RichText.concat(parts).inlines(), at);
            body.add(() -> paragraph);
            return this;
        }

        /**
         * Markdown kept as it is, unescaped, in the body at this place: what awesome:import could not map to
         * the model (a quote, a {@code <details>} block, a code block).
         */
        public Builder markdown(String markdown) {
            Objects.requireNonNull(markdown, () -> what() + ": markdown must not be null");
            Paragraph paragraph = new Paragraph(List.of(Inline.markdown(markdown)), SourceLocations.capture());
            body.add(() -> paragraph);
            return this;
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
            body.add(entry::build);
            return this;
        }

        public Builder entry(Entry entry) {
            Objects.requireNonNull(entry, () -> what() + ": entry must not be null");
            body.add(() -> entry);
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
            body.add(link::build);
            return this;
        }

        /** Any item: an entry, a link item, a text item or group. */
        public Builder item(Item.Builder item) {
            Objects.requireNonNull(item, () -> what() + ": item must not be null");
            body.add(item::build);
            return this;
        }

        /** Adds items of any kind in order. */
        public Builder items(Item.Builder... items) {
            for (Item.Builder item : items) {
                item(item);
            }
            return this;
        }

        public Builder table(Table.Builder table) {
            Objects.requireNonNull(table, () -> what() + ": table must not be null");
            body.add(table::build);
            return this;
        }

        /** Shows the entries under one heading per year, newest first; every entry then needs a year. */
        public Builder groupByYear() {
            this.groupByYear = true;
            return this;
        }

        /** Declares the section empty on purpose, showing {@value Section#DEFAULT_PLACEHOLDER}. */
        /**
         * Shows the items in the README sorted by {@code order} (within each run of items, and each year of a
         * section grouped by year); the catalog keeps the declared order.
         */
        public Builder sortBy(SortOrder order) {
            this.sortBy = Objects.requireNonNull(order, () -> what() + ": sortBy must not be null");
            return this;
        }

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
            List<Block> builtBody = new ArrayList<>(body.size());
            List<Section> builtSubsections = new ArrayList<>(subsections.size());
            try {
                for (Supplier<? extends Block> block : body) {
                    builtBody.add(block.get());
                }
                for (Builder subsection : subsections) {
                    builtSubsections.add(subsection.build());
                }
            } catch (ModelException e) {
                throw e.within(route);
            }
            if (groupByYear) {
                for (Block block : builtBody) {
                    if (!(block instanceof Item item)) {
                        continue;
                    }
                    if (!(item instanceof Entry entry)
                            || entry.year().isEmpty()
                            || !entry.children().isEmpty()) {
                        throw new ModelException(
                                route + " › \"" + item.title() + "\"",
                                item.location(),
                                "the section groups its entries by year, so each item must be an entry with a year and no"
                                        + " children; add .year(…) or move it to a section without groupByYear()");
                    }
                }
            }
            return new Section(
                    title,
                    intro,
                    builtBody,
                    groupByYear,
                    Optional.ofNullable(placeholder),
                    Optional.ofNullable(sortBy),
                    builtSubsections,
                    suppressions,
                    location);
        }

        private String what() {
            return "section \"" + title + "\"";
        }
    }
}

package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One curated thing: a tool, a paper, a model. The title is required; everything else is optional.
 *
 * <pre>{@code
 * entry("MedCPT: zero-shot biomedical information retrieval")
 *     .venue(Venue.BIOINFORMATICS).year(2023)
 *     .paper("https://academic.oup.com/bioinformatics/article-abstract/39/11/btad651/7335842")
 *     .code("https://github.com/ncbi/MedCPT")
 *     .tags(LFM)
 * }</pre>
 *
 * @param id explicit identifier for the generated catalog constant, when the derived one will not do
 * @param title the entry's name as shown
 * @param description one sentence about it, with inline links, code or badges where it has them
 * @param venue where it was published
 * @param year when it was published
 * @param links its links, in declared order; the first is the main link in the awesome style
 * @param tags its tags, distinct, in declared order
 * @param suppressions validator findings accepted on purpose on this entry
 * @param children items nested under it (its plugins, its variants), in order
 * @param location the {@code entry(…)} call
 */
@DslFrame
public record Entry(
        Optional<String> id,
        String title,
        Optional<RichText> description,
        Optional<Venue> venue,
        OptionalInt year,
        List<Link> links,
        List<Tag> tags,
        List<Suppression> suppressions,
        List<Item> children,
        SourceLocation location)
        implements Item {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(year, "year");
        links = List.copyOf(links);
        tags = List.copyOf(tags);
        suppressions = List.copyOf(suppressions);
        children = List.copyOf(children);
        Objects.requireNonNull(location, "location");
    }

    /** An entry without children (what the generated catalog calls). */
    public Entry(
            Optional<String> id,
            String title,
            Optional<RichText> description,
            Optional<Venue> venue,
            OptionalInt year,
            List<Link> links,
            List<Tag> tags,
            List<Suppression> suppressions,
            SourceLocation location) {
        this(id, title, description, venue, year, links, tags, suppressions, List.of(), location);
    }

    /** Starts an entry; the line of this call is recorded for diagnostics. */
    public static Builder builder(String title) {
        return new Builder(title, SourceLocations.capture());
    }

    /** The first link, which the awesome style puts on the title. */
    public Optional<Link> mainLink() {
        return links.isEmpty() ? Optional.empty() : Optional.of(links.get(0));
    }

    /** The first link of the given kind. */
    public Optional<Link> link(LinkKind kind) {
        return links.stream().filter(link -> link.kind() == kind).findFirst();
    }

    public Builder toBuilder() {
        Builder builder = new Builder(title, location);
        builder.id = id.orElse(null);
        builder.description = description.orElse(null);
        builder.venue = venue.orElse(null);
        builder.year = year.isPresent() ? year.getAsInt() : null;
        builder.links.addAll(links);
        builder.tags.addAll(tags);
        builder.suppressions.addAll(suppressions);
        children.forEach(child -> builder.children.add(() -> child));
        return builder;
    }

    /** Fluent builder; {@link #build()} checks the entry as a whole. */
    @DslFrame
    public static final class Builder implements Item.Builder {
        private final String title;
        private final SourceLocation location;
        private String id;
        private RichText description;
        private Venue venue;
        private Integer year;
        private final List<Link> links = new ArrayList<>();
        private final LinkedHashSet<Tag> tags = new LinkedHashSet<>();
        private final List<Suppression> suppressions = new ArrayList<>();
        private final List<Item.Builder> children = new ArrayList<>();

        private Builder(String title, SourceLocation location) {
            this.title = Objects.requireNonNull(title, "entry title must not be null");
            this.location = location;
        }

        /** The name of this entry's constant in the generated catalog (otherwise derived from the title). */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, () -> what() + ": id must not be null");
            return this;
        }

        public Builder description(String description) {
            this.description =
                    RichText.of(Objects.requireNonNull(description, () -> what() + ": description must not be null"));
            return this;
        }

        /**
         * A description with inline markup, e.g. {@code .description(text("Uses ").link("B", "https://…").text("."))};
         * several parts are joined.
         */
        public Builder description(RichText... parts) {
            for (RichText part : parts) {
                Objects.requireNonNull(part, () -> what() + ": description must not be null");
            }
            this.description = RichText.concat(parts);
            return this;
        }

        public Builder venue(Venue venue) {
            this.venue = Objects.requireNonNull(venue, () -> what() + ": venue must not be null");
            return this;
        }

        /** The year of publication, 1900 to next year (checked by {@link #build()}). */
        public Builder year(int year) {
            this.year = year;
            return this;
        }

        public Builder link(Link link) {
            links.add(Objects.requireNonNull(link, () -> what() + ": link must not be null"));
            return this;
        }

        public Builder link(LinkKind kind, String url) {
            return link(Link.of(kind, requireUrl(url)));
        }

        /** The project's home page: the main link in the awesome style. */
        public Builder url(String url) {
            return link(LinkKind.PROJECT, url);
        }

        public Builder paper(String url) {
            return link(LinkKind.PAPER, url);
        }

        /**
         * The paper by its identifier ({@code .paper(arxiv("2304.14454"))}): linked at the identifier's
         * canonical URL, so it renders as {@code .paper("https://arxiv.org/abs/2304.14454")} does.
         */
        public Builder paper(PaperId id) {
            return link(LinkKind.PAPER, Objects.requireNonNull(id, "paper id").url());
        }

        public Builder code(String url) {
            return link(LinkKind.CODE, url);
        }

        public Builder model(String url) {
            return link(LinkKind.MODEL, url);
        }

        public Builder dataset(String url) {
            return link(LinkKind.DATASET, url);
        }

        public Builder docs(String url) {
            return link(LinkKind.DOCS, url);
        }

        /** A link with a label of your choosing, e.g. {@code .link("Slides", "https://…")}. */
        public Builder link(String label, String url) {
            Objects.requireNonNull(label, () -> what() + ": link label must not be null");
            return link(Link.custom(label, requireUrl(url)));
        }

        public Builder tags(Tag... tags) {
            for (Tag tag : tags) {
                this.tags.add(Objects.requireNonNull(tag, () -> what() + ": tag must not be null"));
            }
            return this;
        }

        /**
         * Accepts a finding of the rule {@code ruleId} on this entry, for the written {@code reason}, e.g.
         * {@code .suppress("duplicate-url", "Chatcad and Chatcad+ are two papers of one repository")}.
         */
        public Builder suppress(String ruleId, String reason) {
            suppressions.add(Suppression.of(ruleId, reason));
            return this;
        }

        /** Items nested under this entry (its plugins, its variants), in order. */
        public Builder children(Item.Builder... items) {
            Children.add(children, items, this::what);
            return this;
        }

        @Override
        public Entry build() {
            if (year != null && !Years.isValid(year)) {
                throw new ModelException(what(), location, Years.problem(year));
            }
            return new Entry(
                    Optional.ofNullable(id),
                    title,
                    Optional.ofNullable(description),
                    Optional.ofNullable(venue),
                    year == null ? OptionalInt.empty() : OptionalInt.of(year),
                    links,
                    List.copyOf(tags),
                    suppressions,
                    Children.build(children, this::what),
                    location);
        }

        private String requireUrl(String url) {
            return Objects.requireNonNull(url, () -> what() + ": url must not be null");
        }

        private String what() {
            return "entry \"" + title + "\"";
        }
    }
}

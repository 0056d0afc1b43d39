package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plain link in a list: a tutorial, a talk, a resource.
 *
 * @param id explicit identifier for the generated catalog constant, when the derived one will not do
 * @param title the link's text
 * @param url where it goes
 * @param description one sentence about it
 * @param suppressions validator findings accepted on purpose on this item
 * @param children items nested under it, in order
 * @param location the {@code linkItem(…)} call
 */
@DslFrame
public record LinkItem(
        Optional<String> id,
        String title,
        String url,
        Optional<RichText> description,
        List<Suppression> suppressions,
        List<Item> children,
        SourceLocation location)
        implements Item {

    public LinkItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
        suppressions = List.copyOf(suppressions);
        children = List.copyOf(children);
        Objects.requireNonNull(location, "location");
    }

    /** A link item without children (what the generated catalog calls). */
    public LinkItem(
            Optional<String> id,
            String title,
            String url,
            Optional<RichText> description,
            List<Suppression> suppressions,
            SourceLocation location) {
        this(id, title, url, description, suppressions, List.of(), location);
    }

    /** A link item without an explicit catalog id. */
    public LinkItem(
            String title,
            String url,
            Optional<RichText> description,
            List<Suppression> suppressions,
            SourceLocation location) {
        this(Optional.empty(), title, url, description, suppressions, location);
    }

    /** Starts a link item; the line of this call is recorded for diagnostics. */
    public static Builder builder(String title, String url) {
        return new Builder(title, url, SourceLocations.capture());
    }

    /** Fluent builder. */
    @DslFrame
    public static final class Builder implements Item.Builder {
        private final String title;
        private final String url;
        private final SourceLocation location;
        private String id;
        private RichText description;
        private final List<Suppression> suppressions = new ArrayList<>();
        private final List<Item.Builder> children = new ArrayList<>();

        private Builder(String title, String url, SourceLocation location) {
            this.title = Objects.requireNonNull(title, "link item title must not be null");
            this.url = Objects.requireNonNull(url, () -> "link item \"" + title + "\": url must not be null");
            this.location = location;
        }

        /** The name of this item's constant in the generated catalog (otherwise derived from the title). */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, () -> "link item \"" + title + "\": id must not be null");
            return this;
        }

        public Builder description(String description) {
            this.description = RichText.of(Objects.requireNonNull(
                    description, () -> "link item \"" + title + "\": description must not be null"));
            return this;
        }

        /** A description with inline markup; several parts are joined. */
        public Builder description(RichText... parts) {
            for (RichText part : parts) {
                Objects.requireNonNull(part, () -> "link item \"" + title + "\": description must not be null");
            }
            this.description = RichText.concat(parts);
            return this;
        }

        /** Accepts a finding of the rule {@code ruleId} on this item, for the written {@code reason}. */
        public Builder suppress(String ruleId, String reason) {
            suppressions.add(Suppression.of(ruleId, reason));
            return this;
        }

        /** Items nested under this one, in order. */
        public Builder children(Item.Builder... items) {
            Children.add(children, items, () -> "link item \"" + title + "\"");
            return this;
        }

        @Override
        public LinkItem build() {
            return new LinkItem(
                    Optional.ofNullable(id),
                    title,
                    url,
                    Optional.ofNullable(description),
                    suppressions,
                    Children.build(children, () -> "link item \"" + title + "\""),
                    location);
        }
    }
}

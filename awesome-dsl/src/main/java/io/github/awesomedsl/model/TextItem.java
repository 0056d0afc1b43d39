package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list item that is text rather than a link with a description: a group heading over nested items
 * ({@code - Web frameworks} with children), or an item whose form the other kinds do not hold (badges
 * before the link, two links side by side). Its links are links of the list like any other.
 *
 * <pre>{@code
 * group("Web frameworks",
 *     entry("Javalin").url("https://javalin.io").description("Lightweight web framework."),
 *     entry("Spark").url("https://sparkjava.com"))
 * }</pre>
 *
 * @param text what the item shows
 * @param children the items nested under it
 * @param suppressions validator findings accepted on purpose on this item
 * @param location the {@code group(…)} or {@code item(…)} call
 */
@DslFrame
public record TextItem(RichText text, List<Item> children, List<Suppression> suppressions, SourceLocation location)
        implements Item {

    public TextItem {
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
        suppressions = List.copyOf(suppressions);
        Objects.requireNonNull(location, "location");
    }

    /** A text item has no catalog constant of its own (its children have theirs). */
    @Override
    public Optional<String> id() {
        return Optional.empty();
    }

    /** Its visible text. */
    @Override
    public String title() {
        return text.plainText();
    }

    /** Its text is all it says: there is no separate description. */
    @Override
    public Optional<RichText> description() {
        return Optional.empty();
    }

    /** Starts a text item; the line of this call is recorded for diagnostics. */
    public static Builder builder(RichText text) {
        return new Builder(text, SourceLocations.capture());
    }

    /** Fluent builder. */
    @DslFrame
    public static final class Builder implements Item.Builder {
        private final RichText text;
        private final SourceLocation location;
        private final List<Item.Builder> children = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();

        private Builder(RichText text, SourceLocation location) {
            this.text = Objects.requireNonNull(text, "item text must not be null");
            this.location = location;
        }

        /** Items nested under this one, in order. */
        public Builder children(Item.Builder... items) {
            Children.add(children, items, () -> what());
            return this;
        }

        /** Accepts a finding of the rule {@code ruleId} on this item, for the written {@code reason}. */
        public Builder suppress(String ruleId, String reason) {
            suppressions.add(Suppression.of(ruleId, reason));
            return this;
        }

        @Override
        public TextItem build() {
            return new TextItem(text, Children.build(children, this::what), suppressions, location);
        }

        private String what() {
            return "item \"" + text.plainText() + "\"";
        }
    }
}

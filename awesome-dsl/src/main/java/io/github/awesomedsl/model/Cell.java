package io.github.awesomedsl.model;

import java.util.List;
import java.util.Objects;

/** A table cell: text, one or more links, or rich text (text with links, code, badges side by side). */
public sealed interface Cell {

    /** The cell's visible text (links' labels joined by {@code ", "}). */
    String plainText();

    static Cell text(String text) {
        return new Text(text);
    }

    static Cell empty() {
        return new Text("");
    }

    /** A cell that is one link, shown with {@code text}. */
    static Cell link(String text, String url) {
        return new Links(List.of(Link.custom(text, url)));
    }

    static Cell links(Link... links) {
        return new Links(List.of(links));
    }

    /** A cell of rich text; plain text gives a {@link Text} cell. */
    static Cell rich(RichText text) {
        return text.isPlain() ? new Text(text.plainText()) : new Rich(text);
    }

    /** A text cell. */
    record Text(String text) implements Cell {
        public Text {
            Objects.requireNonNull(text, "cell text");
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    /** A cell of rich text: {@code cell(badge("stars", "https://…", "https://…"), text(" "), link("Repo", "https://…"))}. */
    record Rich(RichText text) implements Cell {
        public Rich {
            Objects.requireNonNull(text, "cell text");
        }

        @Override
        public String plainText() {
            return text.plainText();
        }
    }

    /** A cell of links, shown separated by {@code ", "}. */
    record Links(List<Link> links) implements Cell {
        public Links {
            links = List.copyOf(links);
            if (links.isEmpty()) {
                throw new IllegalArgumentException("a link cell needs at least one link; use Cell.empty()");
            }
        }

        @Override
        public String plainText() {
            return String.join(", ", links.stream().map(Link::label).toList());
        }
    }
}

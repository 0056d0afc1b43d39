package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * A span of rich text ({@link RichText}: a description, a paragraph): plain text, a link, inline code,
 * emphasis, strong emphasis, strikethrough, an image (a badge, linked or not), a line break, or Markdown
 * kept as it is. The renderer escapes every span, so text never turns into markup by accident.
 */
public sealed interface Inline {

    /** The span's visible text (a link's label, code's content). */
    String text();

    static Inline text(String text) {
        return new Text(text);
    }

    static Inline link(String text, String url) {
        return new LinkSpan(text, url);
    }

    static Inline code(String code) {
        return new Code(code);
    }

    static Inline emphasis(String text) {
        return new Emphasis(text);
    }

    static Inline strong(String text) {
        return new Strong(text);
    }

    static Inline strikethrough(String text) {
        return new Strikethrough(text);
    }

    /** An image ({@code alt} is what shows when it does not load, and what screen readers read). */
    static Inline image(String alt, String url) {
        return new Image(alt, url, "");
    }

    /** An image that is a link, as badges are: {@code [![alt](image)](target)}. */
    static Inline badge(String alt, String imageUrl, String targetUrl) {
        return new Image(alt, imageUrl, Objects.requireNonNull(targetUrl, "badge target url"));
    }

    static Inline lineBreak() {
        return LineBreak.INSTANCE;
    }

    /**
     * Markdown written as it is, without escaping: what awesome:import could not map to the model (a
     * quote, a code block, HTML) is kept this way, so that nothing of an imported README is lost.
     */
    static Inline markdown(String markdown) {
        return new RawMarkdown(markdown);
    }

    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record LinkSpan(String text, String url) implements Inline {
        public LinkSpan {
            Objects.requireNonNull(text, "link text");
            Objects.requireNonNull(url, "link url");
        }
    }

    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "code");
        }
    }

    record Emphasis(String text) implements Inline {
        public Emphasis {
            Objects.requireNonNull(text, "emphasis text");
        }
    }

    /** Markdown kept verbatim; its {@link #text()} is the Markdown itself. */
    record RawMarkdown(String text) implements Inline {
        public RawMarkdown {
            Objects.requireNonNull(text, "markdown");
        }
    }

    record Strong(String text) implements Inline {
        public Strong {
            Objects.requireNonNull(text, "strong text");
        }
    }

    record Strikethrough(String text) implements Inline {
        public Strikethrough {
            Objects.requireNonNull(text, "strikethrough text");
        }
    }

    /**
     * An image, or with a {@code target} a linked image (a badge).
     *
     * @param text the alternative text
     * @param url the image
     * @param target where a click goes, or {@code ""} for an image that is not a link
     */
    record Image(String text, String url, String target) implements Inline {
        public Image {
            Objects.requireNonNull(text, "image alt text");
            Objects.requireNonNull(url, "image url");
            Objects.requireNonNull(target, "image target");
        }
    }

    /** A hard line break inside a paragraph or a description; its text is a space. */
    record LineBreak() implements Inline {
        static final LineBreak INSTANCE = new LineBreak();

        @Override
        public String text() {
            return " ";
        }
    }
}

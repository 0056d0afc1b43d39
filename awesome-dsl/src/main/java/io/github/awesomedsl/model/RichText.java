package io.github.awesomedsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Text with inline markup, as a description or a table cell holds it: {@code text("Uses ").link("B",
 * "https://b.example").text(".")}. Immutable: each call returns a longer text. Links and images in it are
 * links of the list like any other (validated, checked by {@code awesome:links}, exported).
 *
 * @param inlines the spans, in order
 */
public record RichText(List<Inline> inlines) {

    public RichText {
        inlines = List.copyOf(inlines);
    }

    /** Plain text, one span. */
    public static RichText of(String text) {
        return new RichText(List.of(Inline.text(text)));
    }

    /** The spans of {@code parts}, one after the other. */
    public static RichText concat(RichText... parts) {
        List<Inline> all = new ArrayList<>();
        for (RichText part : parts) {
            all.addAll(part.inlines());
        }
        return new RichText(all);
    }

    /** The visible text, without markup (an image counts by its alternative text). */
    public String plainText() {
        return inlines.stream().map(Inline::text).collect(Collectors.joining());
    }

    /** Whether it is nothing but plain text (what a {@code String} says as well). */
    public boolean isPlain() {
        return inlines.stream().allMatch(Inline.Text.class::isInstance);
    }

    /** The URLs of its links and images (an image's target after its picture), in order. */
    public List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.LinkSpan link) {
                urls.add(link.url());
            } else if (inline instanceof Inline.Image image) {
                urls.add(image.url());
                if (!image.target().isEmpty()) {
                    urls.add(image.target());
                }
            }
        }
        return urls;
    }

    public RichText text(String text) {
        return with(Inline.text(text));
    }

    public RichText link(String text, String url) {
        return with(Inline.link(text, url));
    }

    public RichText code(String code) {
        return with(Inline.code(code));
    }

    public RichText emphasis(String text) {
        return with(Inline.emphasis(text));
    }

    public RichText strong(String text) {
        return with(Inline.strong(text));
    }

    public RichText strikethrough(String text) {
        return with(Inline.strikethrough(text));
    }

    public RichText image(String alt, String url) {
        return with(Inline.image(alt, url));
    }

    public RichText badge(String alt, String imageUrl, String targetUrl) {
        return with(Inline.badge(alt, imageUrl, targetUrl));
    }

    public RichText lineBreak() {
        return with(Inline.lineBreak());
    }

    /** Markdown kept as it is (see {@link Inline#markdown(String)}). */
    public RichText markdown(String markdown) {
        return with(Inline.markdown(markdown));
    }

    private RichText with(Inline inline) {
        List<Inline> all = new ArrayList<>(inlines.size() + 1);
        all.addAll(inlines);
        all.add(inline);
        return new RichText(all);
    }
}

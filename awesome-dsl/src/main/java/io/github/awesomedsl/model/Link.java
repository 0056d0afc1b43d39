package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * A typed link of an entry or a table cell.
 *
 * <p>The URL is kept exactly as declared: its syntax is checked by the validator ({@code url-syntax}),
 * not here, so that a bad URL is reported with its line instead of stopping the build at the first one.
 *
 * @param kind what the link points at
 * @param label the text shown for it; the kind's default label unless customised
 * @param url the target, as declared
 */
public record Link(LinkKind kind, String label, String url) {

    public Link {
        Objects.requireNonNull(kind, "link kind");
        Objects.requireNonNull(label, "link label");
        Objects.requireNonNull(url, "link url");
    }

    public static Link of(LinkKind kind, String url) {
        return new Link(kind, Objects.requireNonNull(kind, "link kind").defaultLabel(), url);
    }

    public static Link project(String url) {
        return of(LinkKind.PROJECT, url);
    }

    public static Link paper(String url) {
        return of(LinkKind.PAPER, url);
    }

    public static Link code(String url) {
        return of(LinkKind.CODE, url);
    }

    public static Link model(String url) {
        return of(LinkKind.MODEL, url);
    }

    public static Link dataset(String url) {
        return of(LinkKind.DATASET, url);
    }

    public static Link docs(String url) {
        return of(LinkKind.DOCS, url);
    }

    /** A link with its own label, e.g. {@code Link.custom("Slides", "https://…")}. */
    public static Link custom(String label, String url) {
        return new Link(LinkKind.CUSTOM, label, url);
    }

    /** This link shown with another label (the kind stays). */
    public Link withLabel(String newLabel) {
        return new Link(kind, newLabel, url);
    }
}

package io.github.awesomedsl.model;

/** What a link points at; decides its default label in the rendered list. */
public enum LinkKind {
    /** The project's home: the main link of an awesome-style entry. */
    PROJECT("Project"),
    PAPER("Paper"),
    CODE("Code"),
    MODEL("Model"),
    DATASET("Dataset"),
    DOCS("Docs"),
    /** A link with a label of the list's choosing ({@code Link.custom("Slides", url)}). */
    CUSTOM("Link");

    private final String defaultLabel;

    LinkKind(String defaultLabel) {
        this.defaultLabel = defaultLabel;
    }

    public String defaultLabel() {
        return defaultLabel;
    }
}

package io.github.awesomedsl.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A free paragraph: a description of the list, a section's intro, a footer.
 *
 * @param inlines the spans, in order
 * @param location the DSL call that declared it
 */
public record Paragraph(List<Inline> inlines, SourceLocation location) implements Block {

    public Paragraph {
        inlines = List.copyOf(inlines);
        Objects.requireNonNull(location, "location");
    }

    /** The visible text, without markup. */
    public String plainText() {
        return inlines.stream().map(Inline::text).collect(Collectors.joining());
    }
}

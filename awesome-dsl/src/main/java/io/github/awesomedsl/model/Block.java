package io.github.awesomedsl.model;

/**
 * What stands in a section's body, in order: an {@link Item} (entries, link items and text items, which
 * consecutive ones make one list), a {@link Table}, or a {@link Paragraph} (prose between lists, or
 * Markdown an import kept as it was). The renderer shows the body in declared order.
 */
public sealed interface Block permits Item, Table, Paragraph {

    SourceLocation location();
}

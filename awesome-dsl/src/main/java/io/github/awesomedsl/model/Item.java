package io.github.awesomedsl.model;

/** Something listed in a section as a list item: an {@link Entry} or a {@link LinkItem}. */
public sealed interface Item permits Entry, LinkItem {

  String title();

  SourceLocation location();
}

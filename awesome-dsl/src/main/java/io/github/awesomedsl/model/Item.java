package io.github.awesomedsl.model;

import java.util.List;

/** Something listed in a section as a list item: an {@link Entry} or a {@link LinkItem}. */
public sealed interface Item permits Entry, LinkItem {

  String title();

  SourceLocation location();

  /** The findings accepted on it, each with its reason. */
  List<Suppression> suppressions();
}

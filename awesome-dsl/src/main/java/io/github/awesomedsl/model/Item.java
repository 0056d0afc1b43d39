package io.github.awesomedsl.model;

import java.util.List;
import java.util.Optional;

/** Something listed in a section as a list item: an {@link Entry} or a {@link LinkItem}. */
public sealed interface Item permits Entry, LinkItem {

  /** The explicit name of its catalog constant, when the one derived from the title will not do. */
  Optional<String> id();

  String title();

  /** One sentence about it, if it has one. */
  Optional<RichText> description();

  SourceLocation location();

  /** The findings accepted on it, each with its reason. */
  List<Suppression> suppressions();
}

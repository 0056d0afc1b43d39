package io.github.awesomedsl.model;

import java.util.List;
import java.util.Objects;

/**
 * A table row.
 *
 * @param cells one per declared column
 * @param suppressions validator findings accepted on purpose on this row
 * @param location the {@code row(…)} call
 */
public record Row(List<Cell> cells, List<Suppression> suppressions, SourceLocation location) {

  public Row {
    cells = List.copyOf(cells);
    suppressions = List.copyOf(suppressions);
    Objects.requireNonNull(location, "location");
  }

  Row withSuppression(Suppression suppression) {
    List<Suppression> all = new java.util.ArrayList<>(suppressions);
    all.add(suppression);
    return new Row(cells, all, location);
  }

  /** The text of the first cell, which names the row in messages and catalogs. */
  public String title() {
    return cells.isEmpty() ? "" : cells.get(0).plainText();
  }
}

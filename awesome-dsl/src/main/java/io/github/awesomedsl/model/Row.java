package io.github.awesomedsl.model;

import java.util.List;
import java.util.Objects;

/**
 * A table row.
 *
 * @param cells one per declared column
 * @param location the {@code row(…)} call
 */
public record Row(List<Cell> cells, SourceLocation location) {

  public Row {
    cells = List.copyOf(cells);
    Objects.requireNonNull(location, "location");
  }

  /** The text of the first cell, which names the row in messages and catalogs. */
  public String title() {
    return cells.isEmpty() ? "" : cells.get(0).plainText();
  }
}

package io.github.awesomedsl.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table row.
 *
 * @param id explicit identifier for the generated catalog constant, when the one derived from the first
 *     cell will not do
 * @param cells one per declared column
 * @param suppressions validator findings accepted on purpose on this row
 * @param location the {@code row(…)} call
 */
public record Row(Optional<String> id, List<Cell> cells, List<Suppression> suppressions, SourceLocation location) {

    public Row {
        Objects.requireNonNull(id, "id");
        cells = List.copyOf(cells);
        suppressions = List.copyOf(suppressions);
        Objects.requireNonNull(location, "location");
    }

    /** A row without an explicit catalog id. */
    public Row(List<Cell> cells, List<Suppression> suppressions, SourceLocation location) {
        this(Optional.empty(), cells, suppressions, location);
    }

    Row withSuppression(Suppression suppression) {
        List<Suppression> all = new java.util.ArrayList<>(suppressions);
        all.add(suppression);
        return new Row(id, cells, all, location);
    }

    Row withId(String newId) {
        return new Row(Optional.of(newId), cells, suppressions, location);
    }

    /** The text of the first cell, which names the row in messages and catalogs. */
    public String title() {
        return cells.isEmpty() ? "" : cells.get(0).plainText();
    }
}

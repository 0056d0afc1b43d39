package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table with declared columns; every row has exactly one cell per column.
 *
 * <pre>{@code
 * table(column("Dataset"), column("Modality").center(), column("Link"))
 *     .row(cell("LIMUC", "https://…"), cell("Endoscopy"), cell(Link.dataset("https://…").withLabel("*")))
 * }</pre>
 *
 * @param columns the columns, in order
 * @param rows the rows, in order
 * @param location the {@code table(…)} call
 */
@DslFrame
public record Table(List<Column> columns, List<Row> rows, SourceLocation location) implements Block {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(location, "location");
    }

    /** Starts a table; the line of this call is recorded for diagnostics. */
    public static Builder builder(Column... columns) {
        return new Builder(Arrays.asList(columns), SourceLocations.capture());
    }

    /** Fluent builder; {@link #build()} checks that every row fits the columns. */
    @DslFrame
    public static final class Builder {
        private final List<Column> columns;
        private final SourceLocation location;
        private final List<Row> rows = new ArrayList<>();

        private Builder(List<Column> columns, SourceLocation location) {
            for (Column column : columns) {
                Objects.requireNonNull(column, "table column must not be null");
            }
            this.columns = List.copyOf(columns);
            this.location = location;
        }

        /** Adds a row; the line of this call is recorded for diagnostics. */
        public Builder row(Cell... cells) {
            SourceLocation rowLocation = SourceLocations.capture();
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null) {
                    throw new ModelException(
                            "table row " + (rows.size() + 1),
                            rowLocation,
                            "cell " + (i + 1) + " is null; use Cell.empty()");
                }
            }
            rows.add(new Row(Arrays.asList(cells), List.of(), rowLocation));
            return this;
        }

        /**
         * Accepts a finding of the rule {@code ruleId} on the row added last, for the written {@code
         * reason}: {@code .row(…).suppress("duplicate-url", "the dataset's paper is the method's paper")}.
         */
        public Builder suppress(String ruleId, String reason) {
            Suppression suppression = Suppression.of(ruleId, reason);
            if (rows.isEmpty()) {
                throw new ModelException(
                        "table", location, "suppress(…) applies to the row added last; add a row first");
            }
            rows.set(rows.size() - 1, rows.get(rows.size() - 1).withSuppression(suppression));
            return this;
        }

        /**
         * The name of the catalog constant of the row added last, when the one derived from its first cell
         * will not do: {@code .row(…).id("LIMUC_2023")}.
         */
        public Builder id(String id) {
            Objects.requireNonNull(id, "table row id must not be null");
            if (rows.isEmpty()) {
                throw new ModelException("table", location, "id(…) applies to the row added last; add a row first");
            }
            rows.set(rows.size() - 1, rows.get(rows.size() - 1).withId(id));
            return this;
        }

        /** Adds a row of text cells. */
        public Builder row(String... texts) {
            Cell[] cells = new Cell[texts.length];
            for (int i = 0; i < texts.length; i++) {
                cells[i] = texts[i] == null ? null : Cell.text(texts[i]);
            }
            return row(cells);
        }

        public Table build() {
            if (columns.isEmpty()) {
                throw new ModelException("table", location, "declare at least one column");
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (row.cells().size() != columns.size()) {
                    throw new ModelException(
                            "table row " + (i + 1) + " \"" + row.title() + "\"",
                            row.location(),
                            "has " + row.cells().size() + " cells but the table declares " + columns.size()
                                    + " columns "
                                    + columns.stream().map(Column::name).toList()
                                    + "; add Cell.empty() for a cell without data");
                }
            }
            return new Table(columns, rows, location);
        }
    }
}

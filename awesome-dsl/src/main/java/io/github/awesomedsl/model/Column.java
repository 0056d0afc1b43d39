package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * A declared table column.
 *
 * @param name the header text
 * @param alignment how its cells are aligned
 */
public record Column(String name, Alignment alignment) {

    public Column {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(alignment, "column alignment");
    }

    public static Column of(String name) {
        return new Column(name, Alignment.NONE);
    }

    public Column left() {
        return new Column(name, Alignment.LEFT);
    }

    public Column center() {
        return new Column(name, Alignment.CENTER);
    }

    public Column right() {
        return new Column(name, Alignment.RIGHT);
    }
}

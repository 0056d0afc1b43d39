package io.github.awesomedsl.model;

/** How a table column's cells are aligned on GitHub ({@code :--}, {@code :-:}, {@code --:}). */
public enum Alignment {
    /** No alignment marker: GitHub aligns left. */
    NONE,
    LEFT,
    CENTER,
    RIGHT
}

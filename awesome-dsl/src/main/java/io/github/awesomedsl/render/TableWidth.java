package io.github.awesomedsl.render;

/** How the width of a table cell is measured when pipes are aligned. */
public enum TableWidth {
    /**
     * Columns on screen ({@link DisplayWidth}): CJK and emoji count double, so the pipes line up in
     * GitHub's code view and in editors. The default.
     */
    DISPLAY,
    /**
     * UTF-16 code units, as remark-lint's {@code table-pipe-alignment} (and so awesome-lint) counts. Use it
     * when a table holds wide characters and the list must pass awesome-lint without warnings.
     */
    UTF16
}

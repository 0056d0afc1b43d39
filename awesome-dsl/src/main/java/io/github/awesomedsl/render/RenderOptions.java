package io.github.awesomedsl.render;

import java.util.Objects;

/**
 * How a list is rendered.
 *
 * @param entryStyle how entries are written
 * @param tableWidth how table cells are measured for pipe alignment
 */
public record RenderOptions(EntryStyle entryStyle, TableWidth tableWidth) {

    public RenderOptions {
        Objects.requireNonNull(entryStyle, "entryStyle");
        Objects.requireNonNull(tableWidth, "tableWidth");
    }

    /** The awesome style, display-width tables. */
    public static RenderOptions defaults() {
        return new RenderOptions(EntryStyle.AWESOME, TableWidth.DISPLAY);
    }

    public RenderOptions withEntryStyle(EntryStyle style) {
        return new RenderOptions(style, tableWidth);
    }

    public RenderOptions withTableWidth(TableWidth width) {
        return new RenderOptions(entryStyle, width);
    }
}

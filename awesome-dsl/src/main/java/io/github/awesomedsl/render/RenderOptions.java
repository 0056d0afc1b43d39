package io.github.awesomedsl.render;

import io.github.awesomedsl.metadata.Metadata;
import java.util.Objects;

/**
 * How a list is rendered.
 *
 * @param entryStyle how entries are written
 * @param tableWidth how table cells are measured for pipe alignment
 * @param metadata what the metadata lock knows of the linked repositories: sections sorted by stars use it
 * @param repositoryStats whether each entry's GitHub repository is shown with its stars and last push from
 *     {@code metadata} ({@code (⭐ 12.3k · 2026-10)}), and tables whose rows link repositories get a Stars
 *     column; opt-in, since the numbers change with every refresh of the lock
 * @param paperAuthors whether each paper shows its authors from {@code metadata} ({@code Wu et al.}) and,
 *     where the lock has one, its citation count ({@code cited 42×}); opt-in, for the same reason
 */
public record RenderOptions(
        EntryStyle entryStyle,
        TableWidth tableWidth,
        Metadata metadata,
        boolean repositoryStats,
        boolean paperAuthors) {

    public RenderOptions {
        Objects.requireNonNull(entryStyle, "entryStyle");
        Objects.requireNonNull(tableWidth, "tableWidth");
        Objects.requireNonNull(metadata, "metadata");
    }

    public RenderOptions(EntryStyle entryStyle, TableWidth tableWidth) {
        this(entryStyle, tableWidth, Metadata.empty(), false, false);
    }

    /** The awesome style, display-width tables. */
    public static RenderOptions defaults() {
        return new RenderOptions(EntryStyle.AWESOME, TableWidth.DISPLAY);
    }

    public RenderOptions withEntryStyle(EntryStyle style) {
        return new RenderOptions(style, tableWidth, metadata, repositoryStats, paperAuthors);
    }

    public RenderOptions withTableWidth(TableWidth width) {
        return new RenderOptions(entryStyle, width, metadata, repositoryStats, paperAuthors);
    }

    /** These options with {@code metadata} for sorting by stars, shown nowhere. */
    public RenderOptions withMetadata(Metadata metadata) {
        return new RenderOptions(entryStyle, tableWidth, metadata, repositoryStats, paperAuthors);
    }

    /** These options showing stars and last push from {@code metadata}. */
    public RenderOptions withRepositoryStats(Metadata metadata) {
        return new RenderOptions(entryStyle, tableWidth, metadata, true, paperAuthors);
    }

    /** These options showing papers' authors and citation counts from {@code metadata}. */
    public RenderOptions withPaperAuthors(Metadata metadata) {
        return new RenderOptions(entryStyle, tableWidth, metadata, repositoryStats, true);
    }
}

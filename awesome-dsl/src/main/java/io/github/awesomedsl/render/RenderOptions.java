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
 * @param citeLinks for an entry, the relative link to its BibTeX entry ({@code papers.bib#L12}), shown as
 *     a "Cite" link after its other links; by default none
 */
public record RenderOptions(
        EntryStyle entryStyle,
        TableWidth tableWidth,
        Metadata metadata,
        boolean repositoryStats,
        boolean paperAuthors,
        java.util.function.Function<io.github.awesomedsl.model.Entry, java.util.Optional<String>> citeLinks) {

    public RenderOptions {
        Objects.requireNonNull(entryStyle, "entryStyle");
        Objects.requireNonNull(tableWidth, "tableWidth");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(citeLinks, "citeLinks");
    }

    private static final java.util.function.Function<io.github.awesomedsl.model.Entry, java.util.Optional<String>>
            NO_CITE_LINKS = entry -> java.util.Optional.empty();

    public RenderOptions(EntryStyle entryStyle, TableWidth tableWidth) {
        this(entryStyle, tableWidth, Metadata.empty(), false, false, NO_CITE_LINKS);
    }

    /** The awesome style, display-width tables. */
    public static RenderOptions defaults() {
        return new RenderOptions(EntryStyle.AWESOME, TableWidth.DISPLAY);
    }

    public RenderOptions withEntryStyle(EntryStyle style) {
        return new RenderOptions(style, tableWidth, metadata, repositoryStats, paperAuthors, citeLinks);
    }

    public RenderOptions withTableWidth(TableWidth width) {
        return new RenderOptions(entryStyle, width, metadata, repositoryStats, paperAuthors, citeLinks);
    }

    /** These options with {@code metadata} for sorting by stars, shown nowhere. */
    public RenderOptions withMetadata(Metadata metadata) {
        return new RenderOptions(entryStyle, tableWidth, metadata, repositoryStats, paperAuthors, citeLinks);
    }

    /** These options showing stars and last push from {@code metadata}. */
    public RenderOptions withRepositoryStats(Metadata metadata) {
        return new RenderOptions(entryStyle, tableWidth, metadata, true, paperAuthors, citeLinks);
    }

    /** These options showing a "Cite" link after each entry {@code links} has a BibTeX anchor for. */
    public RenderOptions withCiteLinks(
            java.util.function.Function<io.github.awesomedsl.model.Entry, java.util.Optional<String>> links) {
        return new RenderOptions(entryStyle, tableWidth, metadata, repositoryStats, paperAuthors, links);
    }

    /** These options showing papers' authors and citation counts from {@code metadata}. */
    public RenderOptions withPaperAuthors(Metadata metadata) {
        return new RenderOptions(entryStyle, tableWidth, metadata, repositoryStats, true, citeLinks);
    }
}

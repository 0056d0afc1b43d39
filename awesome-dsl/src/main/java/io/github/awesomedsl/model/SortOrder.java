package io.github.awesomedsl.model;

/**
 * How a section's items are shown in the README: sorted within each run of consecutive items (and within
 * each year of a section grouped by year), ties kept in declared order. The catalog keeps declared order.
 */
public enum SortOrder {
    /** By title, ignoring case. */
    NAME,
    /** Newest first; items without a year last. */
    YEAR,
    /**
     * Most stars first, from the metadata lock (an item's first linked GitHub repository); items without
     * metadata last. Without a lock the declared order stays.
     */
    STARS
}

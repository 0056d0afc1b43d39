package io.github.awesomedsl.render;

/** How entries are written as list items. */
public enum EntryStyle {
    /**
     * The awesome-list convention, which awesome-lint checks: {@code - [Title](main link) - Description.}
     * followed by the venue, the year (outside year groups) and the entry's other links:
     * {@code - [MedCPT](https://…) - Bioinformatics, 2023. [Code](https://github.com/ncbi/MedCPT).}
     */
    AWESOME,
    /**
     * The paper-list convention of research lists: venue in brackets, the title, then labelled links:
     * {@code - \[arXiv\] Pmc-llama: Towards building open-source language models for medicine.
     * [\[Paper\]](https://…) [\[Code\]](https://…)}; the year joins the venue outside year groups.
     */
    PAPER
}

package io.github.awesomedsl.maven.output.bib;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.PaperId;
import java.util.List;

/**
 * The list's papers as BibTeX ({@code META-INF/awesome/<artifactId>.bib}): one entry per paper, keyed as
 * {@link Paper} says, with what the list itself knows: title, year, venue ({@code journal} or
 * {@code booktitle}), {@code eprint}/{@code archivePrefix} for arXiv, {@code doi}, {@code pmid}, {@code url}.
 * Authors are written only as the metadata lock has them (fetched from arXiv or Crossref), never invented.
 *
 * <p>Every value is untrusted text: BibTeX's specials are escaped ({@code \{ \} \\& \% \$ \# \_} and
 * {@code \textbackslash{}}, {@code \textasciitilde{}}, {@code \textasciicircum{}}), control characters become
 * spaces, and non-ASCII is written as UTF-8 (biber and BibLaTeX read it; the file says so), so no title can
 * close its field, start another one, or another entry. Titles are double-braced to keep their case.
 */
public final class BibTexExport {

    private BibTexExport() {}

    public static String of(AwesomeList list) {
        return of(Paper.of(list), list.title());
    }

    /** The list's papers with the authors the lock has fetched. */
    public static String of(AwesomeList list, io.github.awesomedsl.metadata.Metadata metadata) {
        return of(Paper.of(list, metadata), list.title());
    }

    public static String of(List<Paper> papers, String listTitle) {
        StringBuilder out = new StringBuilder();
        out.append("% Encoding: UTF-8\n% The papers of ")
                .append(comment(listTitle))
                .append(", written by awesome-dsl from the list itself.\n");
        for (Paper paper : papers) {
            out.append('\n').append(entry(paper));
        }
        return out.toString();
    }

    /** One paper's BibTeX entry, ending in a newline: what the file holds for it, and the site's Cite shows. */
    public static String entry(Paper paper) {
        StringBuilder out = new StringBuilder();
        out.append('@').append(entryType(paper)).append('{').append(paper.key()).append(",\n");
        field(out, "title", "{" + escape(paper.title()) + "}");
        if (!paper.authors().isEmpty()) {
            StringBuilder authors = new StringBuilder();
            for (String author : paper.authors()) {
                String given = io.github.awesomedsl.metadata.PaperRecord.given(author);
                // braced, so that an "and" or a comma in a name stays in that name
                authors.append(authors.length() == 0 ? "" : " and ")
                        .append('{')
                        .append(escape(io.github.awesomedsl.metadata.PaperRecord.family(author)))
                        .append('}')
                        .append(given.isEmpty() ? "" : ", {" + escape(given) + "}");
            }
            field(out, "author", authors.toString());
        }
        paper.year().ifPresent(year -> field(out, "year", Integer.toString(year)));
        if (paper.venue().isPresent()) {
            String venue = escape(paper.venue().get().name());
            switch (paper.type()) {
                case CONFERENCE -> field(out, "booktitle", venue);
                case JOURNAL -> field(out, "journal", venue);
                case PREPRINT, UNKNOWN -> field(out, "howpublished", venue);
            }
        }
        paper.id(PaperId.Scheme.ARXIV).ifPresent(id -> {
            field(out, "eprint", escape(id.id()));
            field(out, "archiveprefix", "arXiv");
        });
        paper.id(PaperId.Scheme.DOI).ifPresent(id -> field(out, "doi", escape(id.id())));
        paper.id(PaperId.Scheme.BIORXIV)
                .or(() -> paper.id(PaperId.Scheme.MEDRXIV))
                .filter(id -> paper.id(PaperId.Scheme.DOI).isEmpty())
                .ifPresent(id -> field(out, "doi", escape(id.unversioned())));
        paper.id(PaperId.Scheme.PUBMED).ifPresent(id -> field(out, "pmid", id.id()));
        field(out, "url", url(paper.paperUrl()));
        out.append("}\n");
        return out.toString();
    }

    /** The 1-based line of each entry's <code>@type{key,</code> line in {@code bib}, by key: the targets of "Cite" links. */
    public static java.util.Map<String, Integer> keyLines(String bib) {
        java.util.Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        String[] all = bib.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            int open = line.indexOf('{');
            if (line.startsWith("@") && open > 0 && line.endsWith(",")) {
                lines.put(line.substring(open + 1, line.length() - 1), i + 1);
            }
        }
        return lines;
    }

    private static String entryType(Paper paper) {
        return switch (paper.type()) {
            case CONFERENCE -> "inproceedings";
            case JOURNAL -> "article";
            case PREPRINT, UNKNOWN -> "misc";
        };
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Text with BibTeX's and LaTeX's specials escaped, on one line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * A URL as BibTeX and the {@code url} package read it: verbatim, except the characters that would end the
     * field or break the line, percent-encoded (a list's URLs are checked, but this is a third party's file).
     */
    static String url(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '{' || c == '}' || c == '\\' || c <= ' ' || c == 0x7f) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String comment(String text) {
        return text.replaceAll("[\\p{Cntrl}]", " ");
    }
}

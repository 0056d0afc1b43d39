package io.github.awesomedsl.dsl;

import io.github.awesomedsl.internal.DslFrame;
import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.PaperId;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.TextItem;
import java.util.List;

/**
 * The DSL's entry points, meant for {@code import static io.github.awesomedsl.dsl.AwesomeDsl.*;}.
 *
 * <p>Required values are arguments ({@code entry("MedCPT")}), optional ones are fluent setters on the
 * returned builder. Each factory records the file and line it is called from, so diagnostics point at
 * the line of the list's source.
 */
@DslFrame
public final class AwesomeDsl {

    private AwesomeDsl() {}

    /** A list with its H1 title ("Awesome Java Tools"). */
    public static AwesomeList.Builder list(String title) {
        return AwesomeList.builder(title);
    }

    /** A section (H2 at the top level; nest with {@code .section(…)}). */
    public static Section.Builder section(String title) {
        return Section.builder(title);
    }

    /** An entry: a tool, a paper, a model. */
    public static Entry.Builder entry(String title) {
        return Entry.builder(title);
    }

    /** A plain link item: a tutorial, a talk, a resource. */
    public static LinkItem.Builder linkItem(String title, String url) {
        return LinkItem.builder(title, url);
    }

    /**
     * A group: a list item of plain text over the items nested under it, {@code group("Web frameworks",
     * entry("Javalin").url("https://javalin.io"), …)}.
     */
    public static TextItem.Builder group(String title, Item.Builder... children) {
        return TextItem.builder(RichText.of(title)).children(children);
    }

    /**
     * A list item of rich text, for a form no other kind holds: {@code item(badge("CI", "https://…",
     * "https://…").text(" ").link("Name", "https://…"))}; nest items under it with {@code .children(…)}.
     */
    public static TextItem.Builder item(RichText... parts) {
        return TextItem.builder(RichText.concat(parts));
    }

    /** A table with the given columns; add rows with {@code .row(…)}. */
    public static Table.Builder table(Column... columns) {
        return Table.builder(columns);
    }

    /** A column (left unaligned; {@code .center()}, {@code .right()}, {@code .left()} to align). */
    public static Column column(String name) {
        return Column.of(name);
    }

    /** A text cell. */
    public static Cell cell(String text) {
        return Cell.text(text);
    }

    /** A cell that is one link. */
    public static Cell cell(String text, String url) {
        return Cell.link(text, url);
    }

    /** A cell of several links. */
    public static Cell cell(Link... links) {
        return Cell.links(links);
    }

    /** A cell of rich text (text, links, code and badges side by side); parts are joined. */
    public static Cell cell(RichText... parts) {
        return Cell.rich(RichText.concat(parts));
    }

    /** A cell without data. */
    public static Cell emptyCell() {
        return Cell.empty();
    }

    /** An arXiv paper: {@code .paper(arxiv("2304.14454"))} links {@code https://arxiv.org/abs/2304.14454}. */
    public static PaperId arxiv(String id) {
        return PaperId.arxiv(id);
    }

    /** A paper by DOI: {@code .paper(doi("10.1093/bioinformatics/btad651"))} links {@code https://doi.org/…}. */
    public static PaperId doi(String doi) {
        return PaperId.doi(doi);
    }

    /** An ACL Anthology paper: {@code .paper(acl("2022.bionlp-1.9"))} links {@code https://aclanthology.org/…/}. */
    public static PaperId acl(String id) {
        return PaperId.acl(id);
    }

    /** A PubMed article: {@code .paper(pubmed("37069443"))} links {@code https://pubmed.ncbi.nlm.nih.gov/…/}. */
    public static PaperId pubmed(String pmid) {
        return PaperId.pubmed(pmid);
    }

    /** A bioRxiv preprint: {@code .paper(biorxiv("10.1101/2023.06.12.544594v2"))}. */
    public static PaperId biorxiv(String doi) {
        return PaperId.biorxiv(doi);
    }

    /** A medRxiv preprint: {@code .paper(medrxiv("10.1101/2023.04.19.23288775v1"))}. */
    public static PaperId medrxiv(String doi) {
        return PaperId.medrxiv(doi);
    }

    // Rich text: each factory starts a RichText that the same names continue fluently,
    // text("Uses ").link("B", "https://b.example").text("."), and parts can be passed side by side,
    // description(text("Uses "), link("B", "https://b.example"), text(".")).

    /** Plain text in a description or a paragraph. */
    public static RichText text(String text) {
        return RichText.of(text);
    }

    /** A link in a description or a paragraph. */
    public static RichText link(String text, String url) {
        return new RichText(List.of(Inline.link(text, url)));
    }

    /** Inline code. */
    public static RichText code(String code) {
        return new RichText(List.of(Inline.code(code)));
    }

    /** Emphasised text. */
    public static RichText emphasis(String text) {
        return new RichText(List.of(Inline.emphasis(text)));
    }

    /** Strongly emphasised text. */
    public static RichText strong(String text) {
        return new RichText(List.of(Inline.strong(text)));
    }

    /** Struck-through text ({@code ~~old~~}). */
    public static RichText strikethrough(String text) {
        return new RichText(List.of(Inline.strikethrough(text)));
    }

    /** An image. */
    public static RichText image(String alt, String url) {
        return new RichText(List.of(Inline.image(alt, url)));
    }

    /** A badge: an image that links somewhere, {@code [![alt](image)](target)}. */
    public static RichText badge(String alt, String imageUrl, String targetUrl) {
        return new RichText(List.of(Inline.badge(alt, imageUrl, targetUrl)));
    }

    /** A line break. */
    public static RichText lineBreak() {
        return new RichText(List.of(Inline.lineBreak()));
    }

    /** Markdown kept as it is, unescaped (what an import could not map). */
    public static RichText markdown(String markdown) {
        return new RichText(List.of(Inline.markdown(markdown)));
    }
}

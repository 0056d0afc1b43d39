package io.github.awesomedsl.maven.markdown;

import static io.github.awesomedsl.maven.markdown.MarkdownParsing.text;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.model.Cell;
import io.github.awesomedsl.model.Column;
import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.Item;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.model.LinkKind;
import io.github.awesomedsl.model.Paragraph;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.model.Row;
import io.github.awesomedsl.model.Section;
import io.github.awesomedsl.model.SourceLocation;
import io.github.awesomedsl.model.Table;
import io.github.awesomedsl.model.TextItem;
import io.github.awesomedsl.model.Venue;
import io.github.awesomedsl.render.MarkdownWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * Reads an awesome list written in Markdown into the model, each element located at its line of the
 * file, so that the validator's rules apply to plain READMEs too. Recognises the title and its badges
 * (also from an HTML title block), the description, the contents (skipped: it is generated, as are
 * "back to top" links), headings as sections, year headings and {@code **2023**} lines as year groups,
 * list items in the awesome style ({@code [Title](url) - Description}), in the paper style ({@code
 * [Venue] Title. [[Paper]](…) [[Code]](…)}) and as text items otherwise, with the items nested under
 * them, and tables. What it cannot map stays as raw Markdown where it stood.
 */
public final class MarkdownListReader {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern VENUE = Pattern.compile("^\\s*\\[([^\\]]+)\\]\\s*");

    /** A block the reader could not map, kept as raw Markdown where it stood. */
    public record Unmapped(int line, String kind, String markdown) {}

    /** The list and what had to be kept as raw Markdown. */
    public record Reading(AwesomeList list, List<Unmapped> unmapped) {}

    private final String file;
    private final List<Unmapped> unmapped = new ArrayList<>();
    private TextLines sourceLines = TextLines.of("");
    private MarkdownParsing.Chunk piece;

    public MarkdownListReader(String file) {
        this.file = file;
    }

    /** The list, and the blocks kept as raw Markdown (in the sections' intro, or the description). */
    public Reading readWithReport(String markdown) {
        AwesomeList list = read(markdown);
        return new Reading(list, List.copyOf(unmapped));
    }

    /** A section while it is being read; its place in the tree is settled at the end (see {@link Pass#finish}). */
    private static final class Open {
        final String title;
        final int headingLevel;
        final SourceLocation location;
        final List<Paragraph> intro = new ArrayList<>();
        /** Items, tables and what stands between them, in file order. */
        final List<io.github.awesomedsl.model.Block> body = new ArrayList<>();

        final List<Open> subsections = new ArrayList<>();
        int level;
        Integer year;
        boolean sawYear;

        Open(String title, int headingLevel, SourceLocation location) {
            this.title = title;
            this.headingLevel = headingLevel;
            this.location = location;
        }

        /** Prose before the first item or table is the intro; after it, it stays where it stood. */
        void paragraph(Paragraph paragraph) {
            if (body.isEmpty()) {
                intro.add(paragraph);
            } else {
                body.add(paragraph);
            }
        }

        Section build() {
            List<io.github.awesomedsl.model.Block> items =
                    body.stream().filter(b -> b instanceof Item).toList();
            boolean grouped = sawYear
                    && !items.isEmpty()
                    && items.stream()
                            .allMatch(i -> i instanceof Entry e
                                    && e.year().isPresent()
                                    && e.children().isEmpty());
            return new Section(
                    title,
                    intro,
                    body,
                    grouped,
                    Optional.empty(),
                    subsections.stream().map(Open::build).toList(),
                    List.of(),
                    location);
        }
    }

    public AwesomeList read(String markdown) {
        Pass pass = start(markdown);
        for (MarkdownParsing.Chunk chunk : MarkdownParsing.chunks(markdown)) {
            pass.accept(chunk);
        }
        return pass.finish();
    }

    /** Starts reading a file whose pieces are then given in order to {@link Pass#accept}. */
    Pass start(String markdown) {
        return start(TextLines.of(markdown));
    }

    /** Starts reading a file given with its lines (raw blocks are sliced from them). */
    Pass start(TextLines lines) {
        sourceLines = lines;
        unmapped.clear();
        return new Pass();
    }

    /**
     * One reading of a file, piece by piece (awesome:lint parses each piece once for its own rules and
     * for this, and no piece outlives its turn).
     */
    final class Pass {
        private String title = "";
        /** The page the title links, when the title is one link ({@code # [Awesome Python](https://…)}). */
        private String homepage;

        private SourceLocation titleLocation = SourceLocation.UNKNOWN;
        private final List<Badge> badges = new ArrayList<>();
        private final List<Paragraph> description = new ArrayList<>();
        private final List<Open> sections = new ArrayList<>(); // in file order; items go to the last one
        private boolean skipContentsList;
        private int h1;

        private Pass() {}

        void accept(MarkdownParsing.Chunk chunk) {
            piece = chunk;
            for (Node node = chunk.document().getFirstChild(); node != null; node = node.getNext()) {
                block(node);
            }
        }

        private void block(Node node) {
            Open current = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (node instanceof Heading heading) {
                String text = text(heading).strip();
                if (heading.getLevel() == 1) {
                    h1++;
                }
                if (heading.getLevel() == 1 && title.isEmpty()) {
                    title = titleText(heading);
                    homepage = titleLink(heading);
                    titleLocation = at(heading);
                    badges.addAll(badges(heading));
                } else if (MarkdownParsing.isContentsHeading(heading)) {
                    skipContentsList = true;
                } else if (YEAR.matcher(text).matches() && current != null) {
                    current.year = Integer.parseInt(text);
                    current.sawYear = true;
                } else {
                    sections.add(new Open(text, heading.getLevel(), at(heading)));
                    skipContentsList = false;
                }
            } else if (node instanceof org.commonmark.node.Paragraph paragraph) {
                String text = text(paragraph).strip();
                if (MarkdownParsing.isBackToTop(paragraph)) {
                    return; // "back to top": the rendering's contents make it needless
                }
                if (paragraph.getFirstChild() instanceof StrongEmphasis
                        && paragraph.getFirstChild() == paragraph.getLastChild()
                        && YEAR.matcher(text).matches()
                        && current != null) {
                    current.year = Integer.parseInt(text);
                    current.sawYear = true;
                } else if (current == null && isBadges(paragraph)) {
                    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                        if (child instanceof org.commonmark.node.Link link
                                && link.getFirstChild() instanceof Image image) {
                            badges.add(new Badge(text(image), image.getDestination(), link.getDestination()));
                        }
                    }
                } else if (current == null) {
                    if (!(paragraph.getFirstChild() instanceof org.commonmark.node.Link && text.isEmpty())) {
                        description.add(new Paragraph(inlines(paragraph), at(paragraph)));
                    }
                } else if (paragraph.getFirstChild() instanceof org.commonmark.node.Link link
                        && link == paragraph.getLastChild()
                        && !(link.getFirstChild() instanceof Image)) {
                    // a paragraph that is one link: a link item (a tutorial, a resource)
                    current.body.add(new LinkItem(
                            text(link).strip(), link.getDestination(), Optional.empty(), List.of(), at(paragraph)));
                } else {
                    current.paragraph(new Paragraph(inlines(paragraph), at(paragraph)));
                }
            } else if (node instanceof ListBlock list) {
                if (skipContentsList || MarkdownParsing.isContentsList(list)) {
                    skipContentsList = false; // a table of contents: regenerated by the renderer
                } else if (current == null) {
                    keep(node, "list before the first section", description);
                } else if (list instanceof org.commonmark.node.OrderedList) {
                    keepInBody(node, "numbered list", current);
                } else {
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        Item read = item instanceof ListItem listItem ? item(listItem, current.year) : null;
                        if (read != null) {
                            current.body.add(read);
                        } else {
                            keepInBody(item, "list item that is not one paragraph with a list under it", current);
                        }
                    }
                }
            } else if (node instanceof TableBlock table && current != null) {
                current.body.add(table(table));
            } else if (node instanceof org.commonmark.node.HtmlBlock html
                    && current == null
                    && title.isEmpty()
                    && htmlTitle(html)) {
                return; // <h1>, <div align="center">… with the title and badges: taken apart above
            } else if (!(node instanceof org.commonmark.node.HtmlBlock html
                    && html.getLiteral().strip().startsWith("<!--lint"))) {
                if (current == null) {
                    keep(node, kind(node), description);
                } else {
                    keepInBody(node, kind(node), current);
                }
            }
        }

        /**
         * Takes the title (and the badges) from an HTML block such as {@code <div align="center"><h1>Title</h1>
         * <a href="…"><img src="…" alt="…"></a></div>}; what else the block shows (a logo, a tagline) is kept
         * as raw HTML in the description. Returns whether the block had a title of text.
         */
        private boolean htmlTitle(org.commonmark.node.HtmlBlock html) {
            String literal = slice(html);
            Matcher h1 = HTML_H1.matcher(literal);
            if (!h1.find() || h1.group(1).toLowerCase(java.util.Locale.ROOT).contains("<img")) {
                return false;
            }
            String text = MarkdownParsing.htmlText(h1.group(1)).strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                return false;
            }
            title = text;
            titleLocation = at(html);
            String rest = literal.substring(0, h1.start()) + literal.substring(h1.end());
            Matcher badge = HTML_BADGE.matcher(rest);
            StringBuilder remainder = new StringBuilder();
            while (badge.find()) {
                String image = attribute(badge.group(2), "src");
                if (image == null) {
                    continue;
                }
                String alt = attribute(badge.group(2), "alt");
                badges.add(new Badge(
                        alt == null ? "" : alt,
                        image,
                        MarkdownParsing.htmlText(badge.group(1)).strip()));
                badge.appendReplacement(remainder, "");
            }
            badge.appendTail(remainder);
            String kept = remainder.toString();
            if (!MarkdownParsing.htmlText(kept).isBlank()
                    || kept.toLowerCase(java.util.Locale.ROOT).contains("<img")) {
                unmapped.add(new Unmapped(piece.line(html), "HTML beside the title", kept));
                description.add(new Paragraph(List.of(Inline.markdown(kept.strip())), at(html)));
            }
            return true;
        }

        /**
         * The list. Sections nest by heading level; a file that uses # for its top sections (and ## below)
         * is read as if the title were its only H1.
         */
        AwesomeList finish() {
            int shift = h1 > 1 ? 1 : 0;
            List<Open> top = new ArrayList<>();
            Deque<Open> stack = new ArrayDeque<>();
            for (Open section : sections) {
                section.level = Math.max(2, section.headingLevel + shift);
                while (!stack.isEmpty() && stack.peek().level >= section.level) {
                    stack.pop();
                }
                if (stack.isEmpty()) {
                    top.add(section);
                } else {
                    stack.peek().subsections.add(section);
                }
                stack.push(section);
            }
            List<Paragraph> contributing = new ArrayList<>();
            if (!top.isEmpty()) {
                Open last = top.get(top.size() - 1);
                if (last.title.equals("Contributing") && last.body.isEmpty() && last.subsections.isEmpty()) {
                    contributing.addAll(last.intro); // the closing Contributing section of the renderer
                    top.remove(top.size() - 1);
                }
            }
            return new AwesomeList(
                    title,
                    badges,
                    description,
                    top.stream().map(Open::build).toList(),
                    contributing,
                    List.of(),
                    List.of(),
                    titleLocation,
                    java.util.Optional.ofNullable(homepage));
        }
    }

    private static final Pattern HTML_H1 = Pattern.compile("(?is)<h1\\b[^>]*>(.*?)</h1\\s*>");
    private static final Pattern HTML_BADGE =
            Pattern.compile("(?is)<a\\b[^>]*?\\bhref\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>\\s*<img\\b([^>]*)>\\s*</a\\s*>");

    /** The value of an HTML attribute among {@code attributes}, decoded, or {@code null}. */
    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?i)\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')")
                .matcher(attributes);
        return m.find() ? MarkdownParsing.htmlText(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** A paragraph of image links only (badges written under the title). */
    private static boolean isBadges(org.commonmark.node.Paragraph paragraph) {
        boolean any = false;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Link link && link.getFirstChild() instanceof Image) {
                any = true;
            } else if (!(child instanceof org.commonmark.node.Text t
                            && t.getLiteral().isBlank())
                    && !(child instanceof org.commonmark.node.SoftLineBreak)) {
                return false;
            }
        }
        return any;
    }

    /** Keeps a block the model has no place for as raw Markdown, and notes it for the report. */
    private void keep(Node node, String kind, List<Paragraph> into) {
        into.add(raw(node, kind));
    }

    /** Keeps a block as raw Markdown where it stands in the section. */
    private void keepInBody(Node node, String kind, Open section) {
        section.paragraph(raw(node, kind));
    }

    private Paragraph raw(Node node, String kind) {
        String markdown = slice(node);
        unmapped.add(new Unmapped(piece.line(node), kind, markdown));
        return new Paragraph(List.of(Inline.markdown(markdown)), at(node));
    }

    private static String kind(Node node) {
        String name = node.getClass().getSimpleName();
        return switch (name) {
            case "BlockQuote" -> "quote";
            case "FencedCodeBlock", "IndentedCodeBlock" -> "code block";
            case "HtmlBlock" -> "HTML";
            case "ThematicBreak" -> "horizontal rule";
            case "TableBlock" -> "table before the first section";
            default -> name;
        };
    }

    /** The block's own lines of the source. */
    private String slice(Node node) {
        List<org.commonmark.node.SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return text(node);
        }
        int first = spans.get(0).getLineIndex() + piece.lineOffset();
        int last = spans.get(spans.size() - 1).getLineIndex() + piece.lineOffset();
        String slice = sourceLines.slice(first, last).replace("\r\n", "\n"); // the model's text has no CRLF
        return slice.endsWith("\r") ? slice.substring(0, slice.length() - 1) : slice;
    }

    /** A paragraph's spans: text, links, code, emphasis; anything else as raw Markdown. */
    private List<Inline> inlines(org.commonmark.node.Paragraph paragraph) {
        return inlinesFrom(paragraph.getFirstChild());
    }

    /**
     * Spans from {@code first} to the end of its parent: text, links, code, emphasis, strong,
     * strikethrough, images and badges, line breaks; anything else as raw Markdown. Adjacent text is
     * joined, so plain text stays one span.
     */
    private static List<Inline> inlinesFrom(Node first) {
        List<Inline> inlines = new ArrayList<>();
        for (Node child = first; child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text t) {
                addText(inlines, t.getLiteral());
            } else if (child instanceof org.commonmark.node.SoftLineBreak) {
                addText(inlines, " ");
            } else if (child instanceof org.commonmark.node.HardLineBreak) {
                inlines.add(Inline.lineBreak());
            } else if (child instanceof org.commonmark.node.Link link
                    && link.getFirstChild() instanceof Image image
                    && image.getNext() == null) {
                inlines.add(Inline.badge(text(image), image.getDestination(), link.getDestination()));
            } else if (child instanceof org.commonmark.node.Link link && !(link.getFirstChild() instanceof Image)) {
                inlines.add(Inline.link(text(link), link.getDestination()));
            } else if (child instanceof Image image) {
                inlines.add(Inline.image(text(image), image.getDestination()));
            } else if (isEmptyComment(child)) {
                continue; // shows nothing: the renderer's separator
            } else if (child instanceof org.commonmark.node.HtmlInline html
                    && LINE_BREAK_TAG.matcher(html.getLiteral()).matches()) {
                inlines.add(Inline.lineBreak());
            } else if (child instanceof org.commonmark.node.HtmlInline html && taggedSpan(html) != null) {
                // <em>(a)</em>: how the renderer writes emphasis whose delimiters could not flank
                Node close = taggedSpanEnd(html);
                String inner = textBetween(html.getNext(), close);
                String tag = taggedSpan(html);
                inlines.add(
                        tag.equals("em")
                                ? Inline.emphasis(inner)
                                : tag.equals("strong") ? Inline.strong(inner) : Inline.strikethrough(inner));
                child = close;
            } else if (child instanceof org.commonmark.node.Code code) {
                inlines.add(Inline.code(code.getLiteral()));
            } else if (child instanceof org.commonmark.node.Emphasis emphasis && isPlain(emphasis)) {
                inlines.add(Inline.emphasis(text(emphasis)));
            } else if (child instanceof StrongEmphasis strong && isPlain(strong)) {
                inlines.add(Inline.strong(text(strong)));
            } else if (child instanceof org.commonmark.ext.gfm.strikethrough.Strikethrough strike && isPlain(strike)) {
                inlines.add(Inline.strikethrough(text(strike)));
            } else {
                inlines.add(Inline.markdown(sliceInline(child)));
            }
        }
        return inlines;
    }

    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern SPAN_TAG = Pattern.compile("<(em|strong|del)>");

    /** {@code em}, {@code strong} or {@code del} when {@code open} starts such a span of plain text that a closing tag ends. */
    private static String taggedSpan(org.commonmark.node.HtmlInline open) {
        Matcher tag = SPAN_TAG.matcher(open.getLiteral());
        return tag.matches() && taggedSpanEnd(open) != null ? tag.group(1) : null;
    }

    /** The closing tag of {@code open}'s span, with only text (or soft breaks) between, or {@code null}. */
    private static Node taggedSpanEnd(org.commonmark.node.HtmlInline open) {
        String close = open.getLiteral().replace("<", "</");
        for (Node node = open.getNext(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.HtmlInline html
                    && html.getLiteral().equals(close)) {
                return node == open.getNext() ? null : node;
            }
            if (!(node instanceof org.commonmark.node.Text) && !isEmptyComment(node)) {
                return null;
            }
        }
        return null;
    }

    /** The text of the nodes from {@code first} up to, not including, {@code end}. */
    private static String textBetween(Node first, Node end) {
        StringBuilder out = new StringBuilder();
        for (Node node = first; node != end; node = node.getNext()) {
            out.append(text(node));
        }
        return out.toString();
    }

    /** Whether {@code node} holds only text: emphasis around a link cannot be one span without losing it. */
    private static boolean isPlain(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof org.commonmark.node.Text) && !isEmptyComment(child)) {
                return false;
            }
        }
        return true;
    }

    /** The renderer's {@code <!---->}, which shows nothing (it keeps an @ from joining an e-mail autolink). */
    private static boolean isEmptyComment(Node node) {
        return node instanceof org.commonmark.node.HtmlInline html
                && html.getLiteral().equals("<!---->");
    }

    private static void addText(List<Inline> inlines, String text) {
        int last = inlines.size() - 1;
        if (last >= 0 && inlines.get(last) instanceof Inline.Text before) {
            inlines.set(last, Inline.text(before.text() + text));
        } else {
            inlines.add(Inline.text(text));
        }
    }

    /**
     * The description after an item's main link: its spans, without the separator before them. " - " is
     * the awesome style; lists also write an en or em dash, a colon, or nothing (the rendering writes " - ").
     */
    private static Optional<RichText> description(Node afterLink) {
        List<Inline> spans = new ArrayList<>(inlinesFrom(afterLink));
        if (!spans.isEmpty() && spans.get(0) instanceof Inline.Text first) {
            String lead = MarkdownParsing.stripLeading(first.text(), " ");
            for (String separator : SEPARATORS) {
                if (lead.startsWith(separator)) {
                    lead = MarkdownParsing.stripLeading(lead.substring(separator.length()), " ");
                    break;
                }
            }
            if (lead.isEmpty()) {
                spans.remove(0);
            } else {
                spans.set(0, Inline.text(lead));
            }
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last) instanceof Inline.Text end) {
            String trail = MarkdownParsing.stripTrailing(end.text(), " ");
            if (trail.isEmpty()) {
                spans.remove(last);
            } else {
                spans.set(last, Inline.text(trail));
            }
        }
        return spans.isEmpty() ? Optional.empty() : Optional.of(new RichText(spans));
    }

    /** Inline markup the model has no span for, written back as Markdown (the parser keeps no inline positions). */
    private static String sliceInline(Node node) {
        if (node instanceof Image image) {
            return "![" + text(image) + "](" + destination(image.getDestination()) + ")";
        }
        if (node instanceof org.commonmark.node.HtmlInline html) {
            return html.getLiteral();
        }
        if (node instanceof org.commonmark.node.Link link) { // a link holding an image or markup
            return "[" + sliceChildren(link) + "](" + destination(link.getDestination()) + ")";
        }
        if (node instanceof org.commonmark.node.Delimited delimited) { // emphasis, strong, strikethrough around a link
            return delimited.getOpeningDelimiter() + sliceChildren(node) + delimited.getClosingDelimiter();
        }
        if (node instanceof org.commonmark.node.Text t) {
            // the writer trims a field's ends; between a link and the next words the spaces are the text's own
            String literal = t.getLiteral();
            String core = literal.strip();
            if (core.isEmpty()) {
                return literal.isEmpty() ? "" : " ";
            }
            int start = literal.indexOf(core);
            return literal.substring(0, start)
                    + new MarkdownWriter().text(core, MarkdownWriter.Context.LINK_TEXT)
                    + literal.substring(start + core.length());
        }
        if (node instanceof org.commonmark.node.Code code) {
            return new MarkdownWriter()
                    .code(code.getLiteral(), MarkdownWriter.Context.TEXT)
                    .toString();
        }
        if (node instanceof org.commonmark.node.SoftLineBreak) {
            return " ";
        }
        return text(node);
    }

    private static String sliceChildren(Node node) {
        StringBuilder inner = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            inner.append(sliceInline(child));
        }
        return inner.toString();
    }

    /** A destination written back: in angle brackets when it has spaces or parentheses. */
    private static String destination(String url) {
        return url.matches(".*[\\s()<>].*") ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
    }

    private SourceLocation at(Node node) {
        return new SourceLocation("", file, piece.line(node));
    }

    /** The heading's text without its badges (image links). */
    private static String titleText(Heading heading) {
        StringBuilder out = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof org.commonmark.node.Link link && link.getFirstChild() instanceof Image)) {
                out.append(text(child));
            }
        }
        return out.toString().strip();
    }

    /** The title's link target, when the title (its badges aside) is one link of plain text; else null. */
    private static String titleLink(Heading heading) {
        org.commonmark.node.Link only = null;
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Link link && link.getFirstChild() instanceof Image) {
                continue; // a badge
            }
            if (child instanceof org.commonmark.node.Link link && only == null) {
                only = link;
            } else if (!(child instanceof org.commonmark.node.Text text
                    && text.getLiteral().isBlank())) {
                return null; // text beside the link: the title is not one link
            }
        }
        if (only == null) {
            return null;
        }
        for (Node inner = only.getFirstChild(); inner != null; inner = inner.getNext()) {
            if (!(inner instanceof org.commonmark.node.Text)) {
                return null; // emphasis or code in the link text would be lost in a plain title
            }
        }
        return only.getDestination();
    }

    private static List<Badge> badges(Heading heading) {
        List<Badge> badges = new ArrayList<>();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Link link && link.getFirstChild() instanceof Image image) {
                badges.add(new Badge(text(image), image.getDestination(), link.getDestination()));
            }
        }
        return badges;
    }

    private static final List<String> SEPARATORS = List.of("-", "\u2013", "\u2014", ":");

    /**
     * A list item with the items nested under it, or {@code null} when it is more than one paragraph and
     * a bullet list under it (then it is kept as raw Markdown, whole).
     */
    private Item item(ListItem listItem, Integer year) {
        if (!(listItem.getFirstChild() instanceof org.commonmark.node.Paragraph paragraph)) {
            return null;
        }
        List<Item> children = new ArrayList<>();
        Node under = paragraph.getNext();
        if (under != null) {
            if (!(under instanceof org.commonmark.node.BulletList nested) || under.getNext() != null) {
                return null;
            }
            for (Node child = nested.getFirstChild(); child != null; child = child.getNext()) {
                Item read = child instanceof ListItem childItem ? item(childItem, year) : null;
                if (read == null) {
                    return null;
                }
                children.add(read);
            }
        }
        return item(paragraph, year, children, at(listItem));
    }

    /**
     * An awesome-style item ({@code [Title](url) - Description}, the link possibly in bold), a paper-style
     * one ({@code [Venue] Title. [[Paper]](…) [[Code]](…)}), or else a text item that keeps every span.
     */
    private static Item item(
            org.commonmark.node.Paragraph paragraph, Integer year, List<Item> children, SourceLocation location) {
        Node first = paragraph.getFirstChild();
        OptionalInt entryYear = year == null ? OptionalInt.empty() : OptionalInt.of(year);
        org.commonmark.node.Link main = mainLink(first);
        if (main != null) {
            return new Entry(
                    Optional.empty(),
                    text(main).strip(),
                    description(first.getNext()),
                    Optional.empty(),
                    entryYear,
                    List.of(Link.project(main.getDestination())),
                    List.of(),
                    List.of(),
                    children,
                    location);
        }
        if (!isPaperStyle(first)) {
            return new TextItem(new RichText(trimmed(inlinesFrom(first))), children, List.of(), location);
        }
        StringBuilder before = new StringBuilder();
        List<Link> links = new ArrayList<>();
        for (Node child = first; child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Link link) {
                links.add(link(text(link), link.getDestination()));
            } else if (links.isEmpty()) {
                before.append(text(child));
            }
        }
        String head = before.toString().strip();
        Optional<Venue> venue = Optional.empty();
        Matcher v = VENUE.matcher(head);
        if (v.find()) {
            venue = v.group(1).isBlank()
                    ? Optional.empty()
                    : Optional.of(Venue.of(v.group(1).strip()));
            head = head.substring(v.end());
        }
        String title = MarkdownParsing.stripTrailing(head, MarkdownParsing.REGEX_SPACE + ",");
        if (title.endsWith(".")) {
            title = title.substring(0, title.length() - 1);
        }
        return new Entry(
                Optional.empty(),
                title,
                Optional.empty(),
                venue,
                entryYear,
                links,
                List.of(),
                List.of(),
                children,
                location);
    }

    /** The item's main link: {@code first} when it is a text link, or the one link {@code first} makes bold or emphasises. */
    private static org.commonmark.node.Link mainLink(Node first) {
        if (first instanceof org.commonmark.node.Link link && !(link.getFirstChild() instanceof Image)) {
            return link;
        }
        if ((first instanceof StrongEmphasis || first instanceof org.commonmark.node.Emphasis)
                && first.getFirstChild() instanceof org.commonmark.node.Link link
                && link.getNext() == null
                && !(link.getFirstChild() instanceof Image)) {
            return link;
        }
        return null;
    }

    /**
     * The paper style: text first, then only links labelled in brackets ({@code [[Paper]](…)}), with
     * nothing but spaces between them (what the rendering writes back the same); anything else is kept
     * span by span as a text item.
     */
    private static boolean isPaperStyle(Node first) {
        boolean links = false;
        for (Node child = first; child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Link link) {
                String label = text(link).strip();
                if (link.getFirstChild() instanceof Image || !label.startsWith("[") || !label.endsWith("]")) {
                    return false; // the paper style's links read [Paper], [Code]
                }
                links = true;
            } else if (links
                    && !(child instanceof org.commonmark.node.Text t
                            && t.getLiteral().isBlank())
                    && !(child instanceof org.commonmark.node.SoftLineBreak)) {
                return false;
            } else if (!links
                    && !(child instanceof org.commonmark.node.Text)
                    && !(child instanceof org.commonmark.node.SoftLineBreak)) {
                return false;
            }
        }
        return links && first instanceof org.commonmark.node.Text;
    }

    /** The spans without the spaces around them all. */
    private static List<Inline> trimmed(List<Inline> inlines) {
        List<Inline> spans = new ArrayList<>(inlines);
        if (!spans.isEmpty() && spans.get(0) instanceof Inline.Text first) {
            spans.set(0, Inline.text(MarkdownParsing.stripLeading(first.text(), MarkdownParsing.REGEX_SPACE)));
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last) instanceof Inline.Text end) {
            spans.set(last, Inline.text(MarkdownParsing.stripTrailing(end.text(), MarkdownParsing.REGEX_SPACE)));
        }
        return spans;
    }

    private static Link link(String label, String url) {
        String name = label.replace("[", "").replace("]", "").strip();
        for (LinkKind kind : LinkKind.values()) {
            if (kind != LinkKind.CUSTOM && kind.defaultLabel().equalsIgnoreCase(name)) {
                return Link.of(kind, url);
            }
        }
        return Link.custom(name, url);
    }

    private Table table(TableBlock block) {
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            boolean head = part instanceof org.commonmark.ext.gfm.tables.TableHead;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (head) {
                        columns.add(new Column(text(cell).strip(), alignment(((TableCell) cell).getAlignment())));
                    } else {
                        cells.add(cell((TableCell) cell));
                    }
                }
                if (!head) {
                    rows.add(new Row(cells, List.of(), at(row)));
                }
            }
        }
        return new Table(columns, rows, at(block));
    }

    private static io.github.awesomedsl.model.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return io.github.awesomedsl.model.Alignment.NONE;
        }
        return switch (alignment) {
            case LEFT -> io.github.awesomedsl.model.Alignment.LEFT;
            case CENTER -> io.github.awesomedsl.model.Alignment.CENTER;
            case RIGHT -> io.github.awesomedsl.model.Alignment.RIGHT;
        };
    }

    /**
     * A cell of links only (with commas or spaces between them) as links; plain text as text; anything
     * else, text and links and badges side by side, as rich text.
     */
    private static Cell cell(TableCell cell) {
        List<Link> links = new ArrayList<>();
        boolean onlyLinks = true;
        for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Link link && isPlain(link)) {
                links.add(Link.custom(text(link).strip(), link.getDestination()));
            } else if (!(child instanceof org.commonmark.node.Text t
                    && t.getLiteral().matches("[\\s,]*"))) {
                onlyLinks = false;
            }
        }
        if (onlyLinks && !links.isEmpty()) {
            return new Cell.Links(links);
        }
        List<Inline> spans = trimmed(inlinesFrom(cell.getFirstChild()));
        return Cell.rich(new RichText(spans));
    }
}

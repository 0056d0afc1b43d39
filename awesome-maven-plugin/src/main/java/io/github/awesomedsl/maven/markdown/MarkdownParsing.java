package io.github.awesomedsl.maven.markdown;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one Markdown parser configuration (CommonMark + GFM tables, with source positions) and node helpers. */
final class MarkdownParsing {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(
                    TablesExtension.create(), org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** The same configuration, with inline positions too: for awesome:fix, which edits inside paragraphs. */
    private static final Parser INLINE_PARSER = Parser.builder()
            .extensions(List.of(
                    TablesExtension.create(), org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownParsing() {}

    /** The whole document, every node with its source spans (offsets into {@code markdown}). */
    static Node parseWithInlinePositions(String markdown) {
        return INLINE_PARSER.parse(markdown);
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** A piece of a README parsed on its own; its lines are those of the file shifted by {@code lineOffset}. */
    record Chunk(Node document, int lineOffset) {

        /** 1-based line of a node of this piece in the whole file, or 0. */
        int line(Node node) {
            int line = MarkdownParsing.line(node);
            return line == 0 ? 0 : line + lineOffset;
        }
    }

    /** Where a piece starts: a character offset and its 0-based line. */
    record Cut(int offset, int line) {}

    /** Lines a piece has at least before it may end (a section of a large list is ~1,000 lines). */
    static final int CHUNK_LINES = 2_000;

    /**
     * The README parsed piece by piece, each piece parsed when the iteration reaches it, so that only one
     * piece's syntax tree is alive at a time. Parsing a whole large README at once keeps every block parser
     * and node alive until the end, and the garbage collector copies that growing set again and again: a
     * 100,000-item README took 0.5 to 2 s to parse that way and takes a quarter of a second in pieces.
     * The pieces yield exactly the blocks of the whole file (see {@link #cuts}).
     */
    static Iterable<Chunk> chunks(String markdown) {
        return chunks(markdown, CHUNK_LINES);
    }

    /** {@link #chunks(String)} with pieces of at least {@code minLines} lines. */
    static Iterable<Chunk> chunks(String markdown, int minLines) {
        List<Cut> cuts = cuts(markdown, minLines);
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < cuts.size();
            }

            @Override
            public Chunk next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Cut cut = cuts.get(next++);
                int end = next < cuts.size() ? cuts.get(next).offset() : markdown.length();
                return new Chunk(PARSER.parse(markdown.substring(cut.offset(), end)), cut.line());
            }
        };
    }

    /**
     * Where a README can be cut so that its pieces parse to the blocks of the whole: before an ATX heading
     * at the start of a line ({@code # …} to {@code ###### …}), which closes every open paragraph, list,
     * quote and table, unless it is inside a fenced code block or an HTML block, so those are followed.
     * Only blocks that start at the line's first column are followed: there they are never inside a list
     * item or a quote, so their extent is certain. A file where that certainty ends is not cut at all (it
     * is only parsed less quickly): one with link reference definitions ({@code [label]: url}, they apply
     * to the whole file), a fence or an HTML block indented by one to three spaces (it may belong to a list
     * item), or a line that may be an HTML tag on its own (whether that starts a block depends on the line
     * before). Every piece has at least {@code minLines} lines.
     */
    static List<Cut> cuts(String markdown, int minLines) {
        List<Cut> whole = List.of(new Cut(0, 0));
        if (markdown.contains("]:")) {
            return whole;
        }
        List<Cut> cuts = new ArrayList<>(whole);
        char fence = 0;
        int fenceLength = 0;
        String htmlEnd = null; // in an HTML block that ends at a line containing this, or "" at a blank line
        int line = 0;
        int lastCut = 0;
        for (int start = 0; start < markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            int indent = 0;
            while (start + indent < end && markdown.charAt(start + indent) == ' ') {
                indent++;
            }
            int at = start + indent;
            char first = at < end ? markdown.charAt(at) : '\n';
            if (fence != 0) {
                int run = run(markdown, at, end, fence);
                if (indent <= 3
                        && run >= fenceLength
                        && markdown.substring(at + run, end).isBlank()) {
                    fence = 0;
                }
            } else if (htmlEnd != null) {
                String text = markdown.substring(start, end);
                if (htmlEnd.isEmpty() ? text.isBlank() : endsHtml(text, htmlEnd)) {
                    htmlEnd = null;
                }
            } else if (opensFence(markdown, at, end, first)) {
                if (indent > 0) {
                    return whole;
                }
                fence = first;
                fenceLength = run(markdown, at, end, first);
            } else if (first == '<') {
                String text = markdown.substring(at, end);
                htmlEnd = htmlBlockEnd(text);
                if (htmlEnd == null && text.strip().endsWith(">") || htmlEnd != null && indent > 0) {
                    return whole;
                }
                if (htmlEnd != null && !htmlEnd.isEmpty() && endsHtml(text.substring(1), htmlEnd)) {
                    htmlEnd = null; // opened and closed on one line, like <!-- lint disable -->
                }
            } else if (indent == 0
                    && first == '#'
                    && line - lastCut >= minLines
                    && isAtxHeading(markdown, start, end)) {
                cuts.add(new Cut(start, line));
                lastCut = line;
            }
            start = end + 1;
        }
        return cuts;
    }

    /** Three or more backticks or tildes; a backtick fence's info string has no backtick (else it is inline code). */
    private static boolean opensFence(String text, int at, int end, char first) {
        if (first != '`' && first != '~') {
            return false;
        }
        int run = run(text, at, end, first);
        return run >= 3 && (first == '~' || text.substring(at + run, end).indexOf('`') < 0);
    }

    private static int run(String text, int from, int end, char c) {
        int i = from;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** A heading line; one with a pipe might continue a table, so it is not taken. */
    private static boolean isAtxHeading(String text, int start, int end) {
        int hashes = run(text, start, end, '#');
        if (hashes > 6 || text.substring(start, end).indexOf('|') >= 0) {
            return false;
        }
        int after = start + hashes;
        return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '\r';
    }

    private static final List<String> RAW_TAGS = List.of("script", "pre", "style", "textarea");

    /** CommonMark's block-level tag names: a line starting with one of them starts an HTML block anywhere. */
    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of(
            "address",
            "article",
            "aside",
            "base",
            "basefont",
            "blockquote",
            "body",
            "caption",
            "center",
            "col",
            "colgroup",
            "dd",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "frame",
            "frameset",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "head",
            "header",
            "hr",
            "html",
            "iframe",
            "legend",
            "li",
            "link",
            "main",
            "menu",
            "menuitem",
            "nav",
            "noframes",
            "ol",
            "optgroup",
            "option",
            "p",
            "param",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "title",
            "tr",
            "track",
            "ul");

    /**
     * What ends the HTML block this line starts (CommonMark's kinds 1 to 6): an end marker for kinds 1 to 5,
     * "" (a blank line) for kind 6, or null when the line starts none of them.
     */
    private static String htmlBlockEnd(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String tag : RAW_TAGS) {
            if (lower.startsWith("<" + tag) && tagEnds(lower, tag.length() + 1)) {
                return "</";
            }
        }
        if (lower.startsWith("<!--")) {
            return "-->";
        }
        if (lower.startsWith("<?")) {
            return "?>";
        }
        if (lower.startsWith("<![cdata[")) {
            return "]]>";
        }
        if (lower.length() > 2 && lower.charAt(1) == '!' && lower.charAt(2) >= 'a' && lower.charAt(2) <= 'z') {
            return ">";
        }
        int name = lower.startsWith("</") ? 2 : 1;
        int nameEnd = name;
        while (nameEnd < lower.length() && Character.isLetterOrDigit(lower.charAt(nameEnd))) {
            nameEnd++;
        }
        boolean closes = lower.startsWith("/>", nameEnd);
        return BLOCK_TAGS.contains(lower.substring(name, nameEnd)) && (closes || tagEnds(lower, nameEnd)) ? "" : null;
    }

    private static boolean tagEnds(String lower, int at) {
        return at == lower.length() || " \t\r>".indexOf(lower.charAt(at)) >= 0;
    }

    private static boolean endsHtml(String text, String end) {
        if (!end.equals("</")) {
            return text.contains(end);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("</script>")
                || lower.contains("</pre>")
                || lower.contains("</style>")
                || lower.contains("</textarea>");
    }

    /** 1-based line of a node, or 0. */
    /** What a regex's {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    static final String REGEX_SPACE = " \t\n\u000B\f\r";

    /** {@code text} without the run of {@code chars} it starts with: {@code replaceFirst("^[chars]+", "")}, with no regex. */
    static String stripLeading(String text, String chars) {
        int start = 0;
        while (start < text.length() && chars.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }

    /** {@code text} without the run of {@code chars} it ends with: {@code replaceFirst("[chars]+$", "")}, with no regex. */
    static String stripTrailing(String text, String chars) {
        int end = text.length();
        while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** Headings under which lists write their hand-made table of contents. */
    private static final java.util.Set<String> CONTENTS_NAMES = java.util.Set.of(
            "contents", "table of contents", "table of content", "index", "categories", "toc", "content");

    /**
     * Whether {@code heading} heads a hand-written table of contents, which the renderer regenerates:
     * "Contents" or "Table of Contents" always; "Index", "Categories" and the like when the list that
     * follows links only anchors in the page.
     */
    static boolean isContentsHeading(org.commonmark.node.Heading heading) {
        String name = text(heading)
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L} ]+", " ")
                .strip()
                .replaceAll(" +", " ");
        if (name.equals("contents") || name.equals("table of contents")) {
            return true;
        }
        return CONTENTS_NAMES.contains(name)
                && heading.getNext() instanceof org.commonmark.node.ListBlock list
                && linksOnlyAnchors(list);
    }

    /**
     * A table of contents without a heading: a bullet list whose every item is one link to an anchor in
     * the page, with lists of the same kind nested under them.
     */
    static boolean isContentsList(org.commonmark.node.ListBlock list) {
        if (!(list instanceof org.commonmark.node.BulletList)) {
            return false;
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node first = item.getFirstChild();
            if (!(first instanceof org.commonmark.node.Paragraph paragraph) || !isAnchorLink(paragraph)) {
                return false;
            }
            for (Node under = first.getNext(); under != null; under = under.getNext()) {
                if (!(under instanceof org.commonmark.node.ListBlock nested) || !isContentsList(nested)) {
                    return false;
                }
            }
        }
        return list.getFirstChild() != null;
    }

    /** A paragraph that is one link to an anchor in the page, spaces around it aside. */
    private static boolean isAnchorLink(org.commonmark.node.Paragraph paragraph) {
        org.commonmark.node.Link link = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Link l && link == null) {
                link = l;
            } else if (!(child instanceof org.commonmark.node.Text t
                    && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return link != null && link.getDestination().startsWith("#");
    }

    private static final java.util.regex.Pattern TOP = java.util.regex.Pattern.compile(
            "(?iu)[\\p{So}\\p{Sm}\\s^]*((back|go|return)\\s+)?(to\\s+)?(the\\s+)?top[\\p{So}\\p{Sm}\\s^]*");

    /**
     * A "back to top" line: a paragraph that is one link to an anchor in the page (bold or not) reading
     * "back to top", "⬆ Back to Top", "top", or only an arrow.
     */
    static boolean isBackToTop(org.commonmark.node.Paragraph paragraph) {
        Node only = paragraph.getFirstChild();
        if (only == null || only.getNext() != null) {
            return false;
        }
        if ((only instanceof org.commonmark.node.StrongEmphasis || only instanceof org.commonmark.node.Emphasis)
                && only.getFirstChild() != null
                && only.getFirstChild().getNext() == null) {
            only = only.getFirstChild();
        }
        if (!(only instanceof org.commonmark.node.Link link)
                || !link.getDestination().startsWith("#")) {
            return false;
        }
        String label = text(link).strip();
        return TOP.matcher(label).matches()
                || (!label.isEmpty()
                        && label.codePoints()
                                .allMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL
                                        || Character.getType(c) == Character.MATH_SYMBOL
                                        || Character.isWhitespace(c)
                                        || c == 0xFE0F));
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");
    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");

    /** The text of a piece of HTML: tags as spaces, the common character references decoded. */
    static String htmlText(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        return ENTITY.matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                int c = Integer.parseInt(name.substring(2), 16);
                return Character.isValidCodePoint(c) && c != 0 ? Character.toString(c) : whole;
            }
            if (name.startsWith("#")) {
                int c = Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(c) && c != 0 ? Character.toString(c) : whole;
            }
        } catch (NumberFormatException e) {
            return whole;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> whole;
        };
    }

    /** Whether {@code node} holds links, all of them to anchors in the page ({@code #…}). */
    static boolean linksOnlyAnchors(Node node) {
        boolean[] any = {false};
        boolean[] other = {false};
        node.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                any[0] = true;
                other[0] |= !link.getDestination().startsWith("#");
                visitChildren(link);
            }
        });
        return any[0] && !other[0];
    }

    /** 1-based column of a node, or 0. */
    static int column(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }

    /** The visible text of a node and its descendants. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, out);
        }
    }
}

package io.github.awesomedsl.render;

/**
 * Writes GitHub-flavoured Markdown and owns all escaping: nothing a list declares can turn into markup
 * it did not ask for (an injected link, heading, HTML tag, table column, emphasis or math).
 *
 * <p>Text is escaped by {@link Context}: the set of characters that matter differs between running
 * text, a heading, a link's text and a table cell, and a link destination has rules of its own. The
 * principle is the one of commonmark-java's writer: when in doubt, escape; a backslash before ASCII
 * punctuation is always harmless in CommonMark.
 *
 * <p>Control characters and line separators in text become spaces ({@link #flatten(String)}): whatever
 * a field holds, it stays on its line, so it cannot end a list item or a table row.
 *
 * <p>The reference is cmark-gfm, GitHub's engine, with the extensions GitHub enables. Three of its
 * behaviours need more than a backslash: its e-mail autolinks are found in text after escapes are
 * decoded and adjacent text is merged, so an {@code @} that could join an address is separated from
 * what precedes it by an empty HTML comment; it decodes entities in a link destination before
 * backslash escapes, so an entity-like {@code &name;} in a URL gets its first letter or digit
 * percent-encoded (an equivalent URL); and emphasis only holds when its delimiters are flanking, so
 * edge whitespace goes outside the delimiters and text whose edges are punctuation is emphasised with
 * {@code <em>}/{@code <strong>} tags, which GitHub keeps.
 */
public final class MarkdownWriter {

    /** Where text is written; each context escapes what is special there. */
    public enum Context {
        /** Running text: a paragraph, a list item's description. */
        TEXT,
        /** A heading's text: as text, plus {@code #} (a trailing {@code #} run would close the heading). */
        HEADING,
        /** The text of a link or image. */
        LINK_TEXT,
        /** A table cell: as text; {@code |} would split the cell. */
        TABLE_CELL
    }

    /**
     * Shows nothing, but separates what cmark-gfm would otherwise join: an {@code @} from the text before
     * it (an e-mail autolink), a code span from the one before it (one backtick run).
     */
    static final String EMPTY_COMMENT = "<!---->";

    private final StringBuilder out;
    private boolean atBlockStart = true;
    /** Where the last closing emphasis delimiter ended: another delimiter right there would merge with it. */
    private int delimiterEnd = -1;

    /** A writer of its own Markdown ({@link #toString()}). */
    public MarkdownWriter() {
        this(new StringBuilder(256));
    }

    /**
     * A writer that appends a block to {@code document}, which ends where the block starts (empty, or after
     * the blank line that ends the block before): what it writes is escaped as at the start of a block.
     */
    MarkdownWriter(StringBuilder document) {
        out = document;
    }

    /** Appends Markdown syntax as is. */
    public MarkdownWriter raw(String markdown) {
        out.append(markdown);
        if (!markdown.isEmpty()) {
            atBlockStart = markdown.endsWith("\n");
        }
        return this;
    }

    /** Appends a list item marker; what follows starts a block, so it is escaped as such. */
    public MarkdownWriter bullet(int indent) {
        out.append(" ".repeat(indent)).append("- ");
        atBlockStart = true;
        return this;
    }

    /** Ends the line. */
    public MarkdownWriter newline() {
        out.append('\n');
        atBlockStart = true;
        return this;
    }

    /**
     * Appends text, escaped for {@code context}. Line breaks become spaces; spaces at the start of a block
     * are dropped (they would indent it). Other spaces are kept: trim one-line fields with {@link
     * #normalize(String)} first.
     */
    public MarkdownWriter text(String text, Context context) {
        String flat = flatten(text);
        if (atBlockStart) {
            int spaces = 0;
            while (spaces < flat.length() && flat.charAt(spaces) == ' ') {
                spaces++;
            }
            flat = flat.substring(spaces);
        }
        escapeInto(flat, context, atBlockStart && context != Context.TABLE_CELL, out);
        if (!flat.isEmpty()) {
            atBlockStart = false;
        }
        return this;
    }

    /** Appends {@code [text](url)}. */
    public MarkdownWriter link(String text, String url, Context context) {
        return linkLike("[", text, url, context);
    }

    /** Appends {@code ![alt](image)}. */
    public MarkdownWriter image(String alt, String imageUrl, Context context) {
        return linkLike("![", alt, imageUrl, context);
    }

    /** {@code open text](url)}: a link or an image, its text escaped, its destination kept one destination. */
    private MarkdownWriter linkLike(String open, String text, String url, Context context) {
        unbangBeforeBracket();
        out.append(open);
        escapeInto(flatten(text), Context.LINK_TEXT, false, out);
        out.append("](");
        destinationInto(url, context == Context.TABLE_CELL, out);
        out.append(')');
        atBlockStart = false;
        return this;
    }

    /**
     * Appends a line break that holds in any context (a table cell too): {@code <br>}, which GitHub keeps.
     * At the start of a block there is nothing to break, and a lone tag there would open an HTML block, so
     * nothing is written.
     */
    public MarkdownWriter lineBreak() {
        if (atBlockStart) {
            return this;
        }
        out.append("<br>");
        atBlockStart = false;
        return this;
    }

    /** Appends {@code [![alt](image)](target)}, the form of a badge. */
    public MarkdownWriter imageLink(String alt, String imageUrl, String targetUrl) {
        return imageLink(alt, imageUrl, targetUrl, Context.TEXT);
    }

    /** Appends {@code [![alt](image)](target)} in {@code context} (in a table cell, a {@code |} is escaped). */
    public MarkdownWriter imageLink(String alt, String imageUrl, String targetUrl, Context context) {
        boolean inTable = context == Context.TABLE_CELL;
        unbangBeforeBracket();
        out.append("[![");
        escapeInto(flatten(alt), Context.LINK_TEXT, false, out);
        out.append("](");
        destinationInto(imageUrl, inTable, out);
        out.append(")](");
        destinationInto(targetUrl, inTable, out);
        out.append(')');
        atBlockStart = false;
        return this;
    }

    /**
     * Markdown made to stay in one table cell: on one line, each {@code |} that is not escaped yet escaped
     * (after an even run of backslashes, a pipe would end the cell).
     */
    public static String inCell(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 8);
        int backslashes = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '|' && backslashes % 2 == 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return out.toString();
    }

    /** A literal {@code !} right before a {@code [} would turn the link into an image. */
    private void unbangBeforeBracket() {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '!') {
            out.insert(out.length() - 1, '\\');
        }
    }

    /**
     * Appends a code span; its content is literal, so only the fence, the space CommonMark strips from
     * both ends, and a cell's pipes matter. Empty code shows nothing, so nothing is written.
     */
    public MarkdownWriter code(String code, Context context) {
        String content = flatten(code);
        if (content.isEmpty()) {
            return this;
        }
        int longestRun = 0;
        int run = 0;
        for (int i = 0; i < content.length(); i++) {
            run = content.charAt(i) == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(longestRun + 1);
        boolean pad = content.startsWith("`")
                || content.endsWith("`")
                || (content.startsWith(" ") && content.endsWith(" ") && !content.isBlank());
        if (context == Context.TABLE_CELL) {
            content = content.replace("|", "\\|"); // GFM splits cells before it parses code spans
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '`') {
            out.append(EMPTY_COMMENT);
        }
        out.append(fence)
                .append(pad ? " " : "")
                .append(content)
                .append(pad ? " " : "")
                .append(fence);
        atBlockStart = false;
        return this;
    }

    /** Appends {@code *text*}. */
    public MarkdownWriter emphasis(String text, Context context) {
        return delimited("*", "em", text, context);
    }

    /** Appends {@code **text**}. */
    public MarkdownWriter strong(String text, Context context) {
        return delimited("**", "strong", text, context);
    }

    /** Appends {@code ~~text~~} (GitHub's strikethrough). */
    public MarkdownWriter strikethrough(String text, Context context) {
        return delimited("~~", "del", text, context);
    }

    private MarkdownWriter delimited(String delimiter, String tag, String text, Context context) {
        // Emphasis must not start or end with whitespace (a no-break space included), so whitespace around
        // the text goes outside the delimiters.
        String flat = flatten(text);
        int start = 0;
        int end = flat.length();
        while (start < end && isUnicodeWhitespace(flat.codePointAt(start))) {
            start += Character.charCount(flat.codePointAt(start));
        }
        while (end > start && isUnicodeWhitespace(flat.codePointBefore(end))) {
            end -= Character.charCount(flat.codePointBefore(end));
        }
        if (start == end) {
            return text(flat, context);
        }
        text(flat.substring(0, start), context);
        StringBuilder inner = new StringBuilder();
        escapeInto(flat.substring(start, end), context, false, inner);
        // A delimiter run flanks only if punctuation inside it has whitespace or punctuation outside, which
        // the neighbours decide; and one right after another closing run would merge with it. Tags hold always.
        boolean flanking = !isPunctuation(inner.codePointAt(0))
                && !isPunctuation(inner.codePointBefore(inner.length()))
                && delimiterEnd != out.length();
        out.append(flanking ? delimiter : "<" + tag + ">")
                .append(inner)
                .append(flanking ? delimiter : "</" + tag + ">");
        delimiterEnd = flanking ? out.length() : -1;
        atBlockStart = false;
        return text(flat.substring(end), context);
    }

    /** CommonMark's Unicode whitespace: the Zs category, tab, line feed, form feed, carriage return. */
    private static boolean isUnicodeWhitespace(int c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\f'
                || c == '\r'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** ASCII punctuation or a Unicode punctuation or symbol character (CommonMark's flanking rules). */
    private static boolean isPunctuation(int c) {
        if (c < 0x80) {
            return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** The Markdown written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * A one-line field as Markdown will show it: line breaks become spaces ({@link #flatten(String)}) and
     * leading and trailing spaces go. Inner spaces are kept (they count in anchors).
     */
    public static String normalize(String text) {
        String flat = flatten(text);
        int start = 0;
        int end = flat.length();
        while (start < end && flat.charAt(start) == ' ') {
            start++;
        }
        while (end > start && flat.charAt(end - 1) == ' ') {
            end--;
        }
        return start == 0 && end == flat.length() ? flat : flat.substring(start, end);
    }

    /** {@code text} with control characters and line or paragraph separators replaced by spaces. */
    public static String flatten(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreaking(text.charAt(i))) {
                StringBuilder b = new StringBuilder(text);
                for (int j = i; j < b.length(); j++) {
                    if (isLineBreaking(b.charAt(j))) {
                        b.setCharAt(j, ' ');
                    }
                }
                return b.toString();
            }
        }
        return text;
    }

    private static boolean isLineBreaking(char c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u2028' || c == '\u2029';
    }

    /** Escapes normalised text for {@code context}; {@code blockStart} when it begins a block. */
    static void escapeInto(String text, Context context, boolean blockStart, StringBuilder out) {
        int length = text.length();
        int i = 0;
        if (blockStart && length > 0) {
            i = escapeBlockStart(text, out);
        }
        int plain = i; // the start of the run of characters written as they are, appended at once
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !MAY_ESCAPE[c]) {
                continue;
            }
            out.append(text, plain, i);
            plain = i + 1;
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '~', '$', '|', '^' ->
                    out.append('\\').append(c);
                // not in a link's text (no autolink inside a link) nor an image's (its alt shows the comment)
                case '@' -> out.append(context != Context.LINK_TEXT && joinsAddress(out) ? EMPTY_COMMENT + "@" : "@");
                case '#' -> out.append(context == Context.HEADING ? "\\#" : "#");
                case '&' -> out.append(startsEntity(text, i + 1) ? "\\&" : "&");
                case ':' -> out.append(text.startsWith("//", i + 1) ? "\\:" : ":"); // no URL autolink
                case '.' -> out.append(endsWwwPrefix(text, i) ? "\\." : "."); // no www. autolink
                default -> throw new IllegalStateException("MAY_ESCAPE holds " + c + " but escapeInto does not");
            }
        }
        out.append(text, plain, length);
    }

    /** The ASCII characters {@link #escapeInto} may write otherwise than as they are. */
    private static final boolean[] MAY_ESCAPE = new boolean[128];

    static {
        for (char c : "\\`*_[]<>~$|^@#&:.".toCharArray()) {
            MAY_ESCAPE[c] = true;
        }
    }

    /**
     * Escapes what would open a block at the start of a line ({@code #}, {@code -}, {@code +}, {@code =},
     * an ordered list's {@code 1.}) and returns how many characters it consumed.
     */
    private static int escapeBlockStart(String text, StringBuilder out) {
        char first = text.charAt(0);
        if (first == '#' || first == '-' || first == '+' || first == '=') {
            out.append('\\').append(first);
            return 1;
        }
        int digits = 0;
        while (digits < text.length() && digits < 10 && isAsciiDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < text.length()) {
            char after = text.charAt(digits);
            if (after == '.' || after == ')') {
                out.append(text, 0, digits).append('\\').append(after);
                return digits + 1;
            }
        }
        return 0;
    }

    /** Whether the Markdown before an {@code @} ends in what cmark-gfm takes for an e-mail address's local part. */
    private static boolean joinsAddress(StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        char c = out.charAt(out.length() - 1);
        return isAsciiAlphanumeric(c) || c == '.' || c == '+' || c == '-' || c == '_';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code &name;}, {@code &#123;} or {@code &#x1F;} would be decoded as an entity. */
    private static boolean startsEntity(String text, int from) {
        int i = from;
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
            if (i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X')) {
                i++;
            }
        }
        int nameStart = i;
        while (i < text.length() && i - nameStart < 32 && isAsciiAlphanumeric(text.charAt(i))) {
            i++;
        }
        return i > nameStart && i < text.length() && text.charAt(i) == ';';
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether the dot at {@code dot} ends a word-initial {@code www} (GFM would autolink it). */
    private static boolean endsWwwPrefix(String text, int dot) {
        if (dot < 3 || !text.regionMatches(true, dot - 3, "www", 0, 3)) {
            return false;
        }
        return dot == 3 || !Character.isLetterOrDigit(text.charAt(dot - 4));
    }

    /**
     * Writes a link destination that stays one destination whatever the URL holds: the bare form when the
     * URL has no spaces or controls and its parentheses balance, otherwise the {@code <…>} form. Backslashes
     * are escaped, in a table {@code |} too. An entity-like {@code &amp;} would be decoded before any
     * backslash escape, so its first letter or digit is percent-encoded instead: {@code &%61mp;} is the
     * same URL (RFC 3986 §6.2.2.2), and GitHub links to it unchanged.
     */
    /** {@code url} as a link destination that stays one destination (see {@link #destinationInto}). */
    public static String destination(String url, boolean inTable) {
        StringBuilder out = new StringBuilder(url.length() + 2);
        destinationInto(url, inTable, out);
        return out.toString();
    }

    static void destinationInto(String url, boolean inTable, StringBuilder out) {
        boolean pointy = url.startsWith("<") || !parenthesesBalance(url);
        for (int i = 0; i < url.length() && !pointy; i++) {
            char c = url.charAt(i);
            pointy = c <= ' ' || c == 0x7F;
        }
        if (pointy) {
            out.append('<');
        }
        int plain = 0; // the start of the run of characters written as they are, appended at once
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7F && c != '\\' && c != '<' && c != '>' && c != '&' && c != '|') {
                continue;
            }
            out.append(url, plain, i);
            plain = i + 1;
            if (c < ' ' || c == 0x7F || (c == ' ' && (i == 0 || i == url.length() - 1))) {
                // a control cannot stand in a destination; a space at either end would be trimmed away
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else if (c == '\\' || (pointy && (c == '<' || c == '>'))) {
                out.append('\\').append(c);
            } else if (c == '&' && startsEntity(url, i + 1)) {
                int first =
                        url.charAt(i + 1) == '#' ? i + 2 : i + 1; // a name's first letter, or a reference's x or digit
                out.append(url, i, first)
                        .append('%')
                        .append(hex(url.charAt(first) >> 4))
                        .append(hex(url.charAt(first) & 0xF));
                i = first;
                plain = i + 1;
            } else if (c == '|' && inTable) {
                out.append("\\|");
            } else {
                out.append(c);
            }
        }
        out.append(url, plain, url.length());
        if (pointy) {
            out.append('>');
        }
    }

    private static char hex(int digit) {
        return Character.toUpperCase(Character.forDigit(digit, 16));
    }

    private static boolean parenthesesBalance(String url) {
        int depth = 0;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}

package io.github.awesomedsl.maven.markdown;

import static io.github.awesomedsl.maven.markdown.MarkdownParsing.text;

import io.github.awesomedsl.render.GithubSlugger;
import io.github.awesomedsl.render.MarkdownWriter;
import io.github.awesomedsl.validate.rules.SpellingRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The safe fixes of awesome:fix, as edits of a README's own text (nothing else of it moves): trailing
 * whitespace and stray tabs, doubled list markers, the contents list regenerated from the headings,
 * item separators written {@code " - "}, proper names spelled as their owners spell them in prose (never
 * in URLs or code), and links whose check ({@code awesome:links}' cache) found a permanent redirect or a
 * working https address. Each fix names the lint rule whose finding it removes.
 */
public final class MarkdownFixer {

    /**
     * One change: the characters {@code [start, end)} of the original become {@code replacement}.
     *
     * @param ruleId the lint rule whose finding this removes
     * @param line the 1-based line of the change
     * @param column the 1-based column of the change
     * @param endLine the 1-based line where the changed characters end
     * @param endColumn the 1-based column after the last changed character
     * @param message what changes, for the summary and the SARIF report
     */
    public record Fix(
            String ruleId,
            int line,
            int column,
            int endLine,
            int endColumn,
            int start,
            int end,
            String replacement,
            String message) {

        /**
         * Whether making this fix removes {@code finding}: a finding of its rule on its lines (rewriting the
         * contents removes those of the toc rules and of list markers there too).
         */
        public boolean removes(LintFinding finding) {
            boolean rule = finding.ruleId().equals(ruleId)
                    || ruleId.equals("toc-anchor")
                            && (finding.ruleId().equals("toc-text")
                                    || finding.ruleId().equals("list-marker"));
            return rule && finding.line() >= line && finding.line() <= endLine;
        }
    }

    /** The fixed text and the fixes made, in order. */
    public record Result(String fixed, List<Fix> fixes) {}

    private static final Pattern TRAILING = Pattern.compile("[ \\t]+$");
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("https?://[^\\s<>\"`]+", Pattern.CASE_INSENSITIVE);

    private final WhitespaceStyle style;
    private final Function<String, Optional<String>> betterUrl;

    /**
     * @param style what the repository's {@code .editorconfig} asks for whitespace
     * @param betterUrl for a URL, the one to write instead (a permanent redirect's target, the https
     *     address that works), from the link checker's cache; empty when the cache knows nothing better
     */
    public MarkdownFixer(WhitespaceStyle style, Function<String, Optional<String>> betterUrl) {
        this.style = style;
        this.betterUrl = betterUrl;
    }

    private static boolean isMarker(String markdown, int at) {
        return markdown.startsWith("- ", at) || markdown.startsWith("* ", at) || markdown.startsWith("+ ", at);
    }

    public Result fix(String markdown) {
        Node document = MarkdownParsing.parseWithInlinePositions(markdown);
        TextLines lines = TextLines.of(markdown);
        int[] lineStarts = lineStarts(markdown);
        List<Fix> fixes = new ArrayList<>();
        boolean[] code = codeLines(document, lines.count());
        whitespace(markdown, lineStarts, code, fixes);
        document.accept(new AbstractVisitor() {
            /** Where the last removed run of markers ends: the items nested in it are fixed with it. */
            private int removedUntil = -1;

            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof BulletList
                        && !item.getSourceSpans().isEmpty()) {
                    SourceSpan span = item.getSourceSpans().get(0);
                    int at = span.getInputIndex();
                    if (at >= removedUntil && isMarker(markdown, at)) {
                        // "- - - x": every marker but the last goes in one fix, so a second run finds none
                        int end = at + 2;
                        while (isMarker(markdown, end) && isMarker(markdown, end + 2)) {
                            end += 2;
                        }
                        removedUntil = end;
                        fixes.add(fix(
                                "list-marker",
                                markdown,
                                lineStarts,
                                at,
                                end,
                                "",
                                end - at > 2 ? "removed doubled list markers" : "removed a doubled list marker"));
                    }
                }
                visitChildren(item);
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.getParent() instanceof ListItem) {
                    separator(paragraph, markdown, lineStarts, fixes);
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(Text text) {
                if (!(text.getParent() instanceof Code)) {
                    spelling(text, markdown, lineStarts, fixes);
                }
            }

            @Override
            public void visit(Link link) {
                url(link, markdown, lineStarts, fixes);
                visitChildren(link);
            }

            @Override
            public void visit(HtmlBlock html) {
                // raw HTML is not prose: no spelling, no link fixes inside it
            }
        });
        contents(document, markdown, lineStarts, fixes);
        return apply(markdown, fixes);
    }

    /** Applies non-overlapping fixes, the first of two that overlap winning. */
    private static Result apply(String markdown, List<Fix> all) {
        List<Fix> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Fix::start).thenComparingInt(Fix::end));
        List<Fix> kept = new ArrayList<>();
        int reached = 0;
        for (Fix fix : sorted) {
            if (fix.start() >= reached || fix.start() == fix.end() && fix.start() == reached) {
                kept.add(fix);
                reached = Math.max(reached, fix.end());
            }
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int at = 0;
        for (Fix fix : kept) {
            out.append(markdown, at, fix.start()).append(fix.replacement());
            at = fix.end();
        }
        out.append(markdown.substring(at));
        return new Result(out.toString(), List.copyOf(kept));
    }

    private void whitespace(String markdown, int[] lineStarts, boolean[] code, List<Fix> fixes) {
        for (int i = 0; i < lineStarts.length; i++) {
            int start = lineStarts[i];
            int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : markdown.length();
            if (end > start && markdown.charAt(end - 1) == '\r') {
                end--;
            }
            if (end < start) {
                continue;
            }
            String line = markdown.substring(start, end);
            Matcher trailing = TRAILING.matcher(line);
            int content = trailing.find() ? trailing.start() : line.length();
            boolean hardBreak = line.length() - content == 2 && line.endsWith("  ");
            if (style.trimTrailing() && content < line.length() && !hardBreak && !code[i]) {
                fixes.add(fix(
                        "whitespace", markdown, lineStarts, start + content, end, "", "removed trailing whitespace"));
            }
            if (code[i]) {
                continue; // a tab in code may mean something (a Makefile): left as it is
            }
            int from = 0;
            while (from < content && (line.charAt(from) == '\t' || line.charAt(from) == ' ')) {
                from++; // indentation: a tab there sets the nesting, and changing it could move an item
            }
            for (int t = line.indexOf('\t', from); t >= 0 && t < content; t = line.indexOf('\t', t + 1)) {
                fixes.add(fix(
                        "whitespace",
                        markdown,
                        lineStarts,
                        start + t,
                        start + t + 1,
                        " ",
                        "replaced a tab with a space"));
            }
        }
    }

    /** The lines of code blocks, where whitespace is content. */
    private static boolean[] codeLines(Node document, int count) {
        boolean[] code = new boolean[count + 1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                mark(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                mark(block);
            }

            private void mark(Node block) {
                for (SourceSpan span : block.getSourceSpans()) {
                    if (span.getLineIndex() < code.length) {
                        code[span.getLineIndex()] = true;
                    }
                }
            }
        });
        return code;
    }

    /** {@code [A](…) – Text} → {@code [A](…) - Text}: the separator awesome-lint asks for. */
    private static void separator(Paragraph paragraph, String markdown, int[] lineStarts, List<Fix> fixes) {
        Node first = paragraph.getFirstChild();
        boolean wrapped = (first instanceof StrongEmphasis || first instanceof Emphasis)
                && first.getFirstChild() instanceof Link
                && first.getFirstChild().getNext() == null;
        Node link = wrapped ? first.getFirstChild() : first;
        if (!(link instanceof Link l)
                || l.getFirstChild() instanceof org.commonmark.node.Image
                || !(first.getNext() instanceof Text after)
                || after.getSourceSpans().isEmpty()) {
            return;
        }
        String literal = after.getLiteral();
        Matcher separator =
                Pattern.compile("^\\s*(\u2013|\u2014|:|-(?=\\S))?\\s*").matcher(literal);
        if (literal.startsWith(" - ")
                || literal.isBlank()
                || !separator.find()
                || separator.end() == 0
                || separator.group(1) == null && !Character.isLetterOrDigit(literal.charAt(separator.end()))) {
            return;
        }
        int at = after.getSourceSpans().get(0).getInputIndex();
        if (!markdown.startsWith(literal.substring(0, separator.end()), at)) {
            return; // the source differs from the text (an escape, an entity): left alone
        }
        fixes.add(fix(
                "item-separator",
                markdown,
                lineStarts,
                at,
                at + separator.end(),
                " - ",
                "wrote \" - \" between the link and the description"));
    }

    /** Proper names in prose: a text node whose source is its text, corrected in place. */
    private static void spelling(Text text, String markdown, int[] lineStarts, List<Fix> fixes) {
        if (text.getSourceSpans().size() != 1) {
            return;
        }
        SourceSpan span = text.getSourceSpans().get(0);
        String literal = text.getLiteral();
        if (span.getLength() < literal.length() || !markdown.startsWith(literal, span.getInputIndex())) {
            return; // escapes or entities in the source: positions would not match
        }
        SpellingRule.scan(
                literal,
                (start, end, proper) -> fixes.add(fix(
                        "spelling",
                        markdown,
                        lineStarts,
                        span.getInputIndex() + start,
                        span.getInputIndex() + end,
                        proper,
                        "wrote \"" + proper + "\" for \"" + literal.substring(start, end) + "\"")));
    }

    /** A link the checker found moved for good, or reachable over https: its destination rewritten. */
    private void url(Link link, String markdown, int[] lineStarts, List<Fix> fixes) {
        String destination = link.getDestination();
        Optional<String> better = betterUrl.apply(destination);
        if (better.isEmpty()
                || better.get().equals(destination)
                || link.getSourceSpans().isEmpty()) {
            return;
        }
        SourceSpan span = link.getSourceSpans().get(link.getSourceSpans().size() - 1);
        int spanEnd = span.getInputIndex() + span.getLength();
        int at = markdown.lastIndexOf("(" + destination, spanEnd);
        String target = better.get();
        if (at < span.getInputIndex() - 1
                || at < 0
                || !ABSOLUTE_HTTP.matcher(target).matches()) {
            return; // a server's Location header is untrusted: only a plain http(s) URL is written, encoded
        }
        boolean inTable = false;
        for (Node up = link.getParent(); up != null; up = up.getParent()) {
            inTable |= up instanceof org.commonmark.ext.gfm.tables.TableCell;
        }
        Optional<io.github.awesomedsl.metadata.GithubRepository> from =
                io.github.awesomedsl.metadata.GithubRepository.of(destination);
        Optional<io.github.awesomedsl.metadata.GithubRepository> to =
                io.github.awesomedsl.metadata.GithubRepository.of(target);
        String rule = from.isPresent()
                        && to.isPresent()
                        && !from.get().key().equals(to.get().key())
                ? "moved-repo"
                : destination.regionMatches(true, 0, "http://", 0, 7)
                                && target.regionMatches(true, 0, "https://", 0, 8)
                                && target.substring(8).equals(destination.substring(7))
                        ? "insecure-url"
                        : "redirect";
        fixes.add(fix(
                rule,
                markdown,
                lineStarts,
                at + 1,
                at + 1 + destination.length(),
                MarkdownWriter.destination(target, inTable),
                "wrote " + target + " for " + destination));
    }

    /** The contents list under a contents heading, written again from the headings that follow it. */
    private static void contents(Node document, String markdown, int[] lineStarts, List<Fix> fixes) {
        List<Heading> headings = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        }
        Heading contents = null;
        for (Heading heading : headings) {
            if (MarkdownParsing.isContentsHeading(heading)) {
                contents = heading;
                break;
            }
        }
        if (contents == null
                || !(contents.getNext() instanceof ListBlock list)
                || list.getSourceSpans().isEmpty()) {
            return;
        }
        GithubSlugger slugger = new GithubSlugger();
        Map<Heading, String> anchors = new TreeMap<>(
                Comparator.comparingInt(h -> h.getSourceSpans().get(0).getInputIndex()));
        for (Heading heading : headings) {
            anchors.put(heading, slugger.slug(text(heading).strip()));
        }
        List<Heading> after = headings.subList(headings.indexOf(contents) + 1, headings.size());
        // the level of the sections: ## in most lists, # in those whose sections are H1s after the title
        int top = after.stream().mapToInt(Heading::getLevel).min().orElse(2);
        StringBuilder toc = new StringBuilder();
        for (Heading heading : after) {
            String name = text(heading).strip();
            if (heading.getLevel() < top
                    || heading.getLevel() > top + 1
                    || name.equals("Contributing")
                    || MarkdownParsing.isContentsHeading(heading)) {
                continue;
            }
            toc.append("  ".repeat(heading.getLevel() - top))
                    .append("- ")
                    .append(new MarkdownWriter().link(name, "#" + anchors.get(heading), MarkdownWriter.Context.TEXT))
                    .append('\n');
        }
        SourceSpan first = list.getSourceSpans().get(0);
        SourceSpan last = list.getSourceSpans().get(list.getSourceSpans().size() - 1);
        int start = first.getInputIndex() - first.getColumnIndex();
        int end = last.getInputIndex() + last.getLength();
        if (end < markdown.length() && markdown.charAt(end) == '\r') {
            end++;
        }
        if (end < markdown.length() && markdown.charAt(end) == '\n') {
            end++;
        }
        String generated = toc.toString();
        if (!generated.isEmpty()
                && !generated.equals(markdown.substring(start, end).replace("\r\n", "\n"))) {
            fixes.add(fix(
                    "toc-anchor",
                    markdown,
                    lineStarts,
                    start,
                    end,
                    generated,
                    "wrote the contents again from the headings"));
        }
    }

    private static Fix fix(
            String rule, String markdown, int[] lineStarts, int start, int end, String replacement, String message) {
        int line = lineOf(lineStarts, start);
        int endLine = lineOf(lineStarts, Math.max(start, end - 1));
        return new Fix(
                rule,
                line + 1,
                start - lineStarts[line] + 1,
                endLine + 1,
                end - lineStarts[endLine] + 1,
                start,
                end,
                replacement,
                message);
    }

    private static int[] lineStarts(String markdown) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < markdown.length(); i++) {
            if (markdown.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        if (starts.size() > 1 && starts.get(starts.size() - 1) == markdown.length()) {
            starts.remove(starts.size() - 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}

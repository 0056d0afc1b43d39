package io.github.awesomedsl.maven.markdown;

import static io.github.awesomedsl.maven.markdown.MarkdownParsing.column;
import static io.github.awesomedsl.maven.markdown.MarkdownParsing.text;

import io.github.awesomedsl.render.GithubSlugger;
import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.SarifReport;
import io.github.awesomedsl.validate.Severity;
import io.github.awesomedsl.validate.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Lints any awesome-list README: the validator's rules on the list read from the Markdown
 * ({@link MarkdownListReader}), plus rules about the Markdown itself: contents links whose anchor
 * matches no heading ({@code toc-anchor}) or whose text differs from it ({@code toc-text}), more than one
 * H1, malformed list markers ({@code - - item}), empty link text or target, links nested in link
 * targets, URLs without a scheme, tabs and trailing spaces, and {@code **2023**} used as a heading.
 *
 * <p>awesome-lint's comments are honoured, with its rule ids where ours match:
 * {@code <!--lint disable rule-->}, {@code <!--lint enable rule-->} and {@code <!--lint ignore rule-->}
 * (the next block only).
 */
public final class MarkdownLint {

    /** awesome-lint's ids for rules of ours, so its comments silence ours. */
    private static final Map<String, String> AWESOME_LINT_IDS = Map.of(
            "double-link", "duplicate-url",
            "awesome-toc", "toc-anchor",
            "awesome-heading", "title-case",
            "awesome-badge", "badge",
            "awesome-list-item", "description-style",
            "awesome-spell-check", "spelling");

    private static final Pattern DIRECTIVE =
            Pattern.compile("<!--\\s*lint\\s+(disable|enable|ignore)((?:\\s+[\\w-]+)*)\\s*-->");
    private static final Pattern DOMAIN_WITHOUT_SCHEME = Pattern.compile("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/.*)?$");

    /** The Markdown rules, with their severity and what they demand. */
    public static final List<SarifReport.RuleDescriptor> MARKDOWN_RULES = List.of(
            rule("toc-anchor", Severity.ERROR, "Contents links point at an existing heading's anchor."),
            rule("toc-text", Severity.WARNING, "Contents links say what their heading says."),
            rule("multiple-h1", Severity.ERROR, "A README has one H1, its title."),
            rule("list-marker", Severity.ERROR, "A list item has one marker."),
            rule("empty-link", Severity.ERROR, "Links have a text and a target."),
            rule("nested-link", Severity.ERROR, "A link's target is a URL, not another link."),
            rule("relative-url", Severity.ERROR, "Links to other sites have a scheme."),
            rule(
                    "whitespace",
                    Severity.WARNING,
                    "No tabs, no trailing whitespace (as the .editorconfig says, if there is one)."),
            rule("bold-heading", Severity.WARNING, "Headings are headings, not bold paragraphs."),
            rule("item-separator", Severity.WARNING, "An item's link and its description are separated by \" - \"."),
            rule("link-spacing", Severity.WARNING, "A link is set off by a space from the word before it."),
            rule("item-form", Severity.WARNING, "The items of a list separate their links the same way."));

    private static SarifReport.RuleDescriptor rule(String id, Severity severity, String description) {
        return new SarifReport.RuleDescriptor(id, description, Optional.of(severity));
    }

    private final Validator validator;

    public MarkdownLint(Validator validator) {
        this.validator = validator;
    }

    /** Every finding, by line and column, for a file without an {@code .editorconfig}. */
    public List<LintFinding> lint(String file, String markdown) {
        return lint(file, markdown, WhitespaceStyle.DEFAULT);
    }

    /** Every finding, by line and column; {@code style} is what the repository's {@code .editorconfig} asks. */
    public List<LintFinding> lint(String file, String markdown, WhitespaceStyle style) {
        TextLines lines = TextLines.of(markdown);
        List<LintFinding> findings = new ArrayList<>();
        MarkdownRules rules = new MarkdownRules(lines, findings);
        Directives directives = new Directives();
        MarkdownListReader.Pass reading = new MarkdownListReader(file).start(lines);
        for (MarkdownParsing.Chunk chunk : MarkdownParsing.chunks(markdown)) { // one piece's tree alive at a time
            rules.accept(chunk);
            directives.accept(chunk);
            reading.accept(chunk);
        }
        rules.finish();
        whitespace(lines, findings, style);
        // A bad link is reported once, by the Markdown rule that has its column, not again by the model's.
        Set<Integer> badLinkLines = new HashSet<>();
        findings.stream()
                .filter(f -> Set.of("empty-link", "nested-link", "relative-url").contains(f.ruleId()))
                .forEach(f -> badLinkLines.add(f.line()));
        for (Diagnostic d : validator.validate(reading.finish()).diagnostics()) {
            if (d.ruleId().equals("in-page-link")) {
                continue; // toc-anchor checks in-page links against the file's own headings, not a rendering's
            }
            int at = Math.max(1, d.location().line());
            if ((d.ruleId().equals("url-syntax") || d.ruleId().equals("blank-text")) && badLinkLines.contains(at)) {
                continue;
            }
            findings.add(new LintFinding(
                    d.ruleId(), d.severity(), at, 1, (d.path().isEmpty() ? "" : d.path() + ": ") + d.message()));
        }
        List<LintFinding> kept = directives.apply(findings);
        kept.sort(Comparator.comparingInt(LintFinding::line)
                .thenComparingInt(LintFinding::column)
                .thenComparing(LintFinding::ruleId));
        return kept;
    }

    /**
     * Where a link starts: the parser keeps positions for blocks only (inline positions would double what
     * it allocates on a large README), so the link is found in its block's lines by its source form.
     */
    private static int[] position(Link link, MarkdownParsing.Chunk chunk, TextLines lines) {
        Node block = link.getParent();
        while (block != null && block.getSourceSpans().isEmpty()) {
            block = block.getParent();
        }
        if (block == null) {
            return new int[] {1, 1};
        }
        String text = text(link);
        for (org.commonmark.node.SourceSpan span : block.getSourceSpans()) {
            int line = span.getLineIndex() + chunk.lineOffset();
            int at = lines.indexOf(line, "[" + text + "](" + link.getDestination(), span.getColumnIndex());
            if (at < 0) { // the text has escapes in the source: find the target, then its opening bracket
                int target = lines.indexOf(line, "](" + link.getDestination(), span.getColumnIndex());
                at = target < 0 ? -1 : lines.lastIndexOf(line, '[', target);
            }
            if (at >= 0) {
                return new int[] {span.getLineIndex() + chunk.lineOffset() + 1, at + 1};
            }
        }
        return new int[] {chunk.line(block), column(block)};
    }

    /**
     * The rules about the Markdown's nodes, piece by piece; contents links are checked at the end, when
     * every heading's anchor is known.
     */
    private static final class MarkdownRules {
        private record AnchorLink(String anchor, String text, int line, int column, boolean inContents) {}

        /** A paper-style item's way of separating its links: a comma or a space. */
        private record LinkForm(boolean comma, int line, int column, int section) {}

        private final TextLines lines;
        private final List<LintFinding> findings;
        private final GithubSlugger slugger = new GithubSlugger();
        private final Map<String, String> headingByAnchor = new HashMap<>();
        private final List<AnchorLink> anchorLinks = new ArrayList<>();
        private final List<LinkForm> linkForms = new ArrayList<>();
        private final Map<Node, Boolean> judged = new java.util.IdentityHashMap<>();
        private int h1;
        private int headings;

        MarkdownRules(TextLines lines, List<LintFinding> findings) {
            this.lines = lines;
            this.findings = findings;
        }

        void accept(MarkdownParsing.Chunk chunk) {
            chunk.document().accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    String text = text(heading).strip();
                    headings++;
                    headingByAnchor.put(slugger.slug(text), text);
                    // GitHub's anchor comes from the heading's visible text, which a badge's image does not add to
                    String withoutImages = textWithoutImages(heading).strip();
                    if (!withoutImages.equals(text)) {
                        headingByAnchor.putIfAbsent(GithubSlugger.slugOnce(withoutImages), text);
                    }
                    if (heading.getLevel() == 1 && ++h1 == 2) {
                        findings.add(new LintFinding(
                                "multiple-h1",
                                Severity.ERROR,
                                chunk.line(heading),
                                column(heading),
                                "a second H1; a README has one title: make this heading ## or lower"));
                    }
                    visitChildren(heading);
                }

                @Override
                public void visit(Link link) {
                    String destination = link.getDestination();
                    int[] at = position(link, chunk, lines);
                    String text = text(link).strip();
                    if (link.getPrevious() instanceof org.commonmark.node.Text before
                            && !before.getLiteral().isEmpty()
                            && glued(before.getLiteral())) {
                        String word = before.getLiteral().replaceAll("^.*\\s", "");
                        findings.add(new LintFinding(
                                "link-spacing",
                                Severity.WARNING,
                                at[0],
                                at[1],
                                "no space between \"" + word + "\" and the link \"" + text + "\"; write \"" + word
                                        + " [" + text + "](…)\""));
                    }
                    if (destination.startsWith("#")) {
                        anchorLinks.add(
                                new AnchorLink(destination.substring(1), text, at[0], at[1], inContents(link, judged)));
                    } else if (destination.isBlank()
                            || text.isEmpty() && !(link.getFirstChild() instanceof org.commonmark.node.Image)) {
                        findings.add(new LintFinding(
                                "empty-link",
                                Severity.ERROR,
                                at[0],
                                at[1],
                                destination.isBlank()
                                        ? "the link \"" + text + "\" has no target"
                                        : "the link to " + destination + " has no text"));
                    } else if (destination.startsWith("[") || destination.contains("](")) {
                        findings.add(new LintFinding(
                                "nested-link",
                                Severity.ERROR,
                                at[0],
                                at[1],
                                "a link is nested in this link's target (" + destination
                                        + "); keep only the target URL"));
                    } else if (lacksScheme(destination)) {
                        findings.add(new LintFinding(
                                "relative-url",
                                Severity.ERROR,
                                at[0],
                                at[1],
                                destination + " has no scheme, so GitHub treats it as a relative link; write https://"
                                        + destination));
                    }
                    visitChildren(link);
                }

                @Override
                public void visit(ListItem item) {
                    if (item.getFirstChild() instanceof BulletList) {
                        findings.add(new LintFinding(
                                "list-marker",
                                Severity.ERROR,
                                chunk.line(item),
                                column(item),
                                "two list markers in a row (\"- - \"); remove one"));
                    }
                    visitChildren(item);
                }

                @Override
                public void visit(Paragraph paragraph) {
                    if (paragraph.getParent() instanceof ListItem && !inContents(paragraph, judged)) {
                        separator(paragraph, chunk);
                        linkForm(paragraph, chunk);
                    }
                    if (paragraph.getFirstChild() instanceof StrongEmphasis
                            && paragraph.getFirstChild() == paragraph.getLastChild()
                            && !(paragraph.getParent() instanceof ListItem)
                            && !MarkdownParsing.isBackToTop(paragraph)
                            && !MarkdownParsing.linksOnlyAnchors(paragraph)
                            && !hasLink(paragraph)) {
                        findings.add(new LintFinding(
                                "bold-heading",
                                Severity.WARNING,
                                chunk.line(paragraph),
                                column(paragraph),
                                "bold text used as a heading (\""
                                        + text(paragraph).strip() + "\"); write a heading (#### "
                                        + text(paragraph).strip() + ") so it gets an anchor"));
                    }
                    visitChildren(paragraph);
                }
            });
        }

        /** The separator between an item's link and its description: " - " in the awesome style. */
        private void separator(Paragraph paragraph, MarkdownParsing.Chunk chunk) {
            Node first = paragraph.getFirstChild();
            Link link = first instanceof Link l
                    ? l
                    : (first instanceof StrongEmphasis || first instanceof org.commonmark.node.Emphasis)
                                    && first.getFirstChild() instanceof Link l
                                    && l.getNext() == null
                            ? l
                            : null;
            if (link == null
                    || link.getFirstChild() instanceof org.commonmark.node.Image
                    || !(first.getNext() instanceof org.commonmark.node.Text after)) {
                return; // no link first, a badge, or metadata (a code span) after the link: not a separator to check
            }
            String text = after.getLiteral();
            String problem = text.startsWith(" - ") || text.isBlank() ? null : separatorProblem(text);
            if (problem != null) {
                int[] at = position(link, chunk, lines);
                int column = lines.indexOf(at[0] - 1, "](" + link.getDestination(), at[1] - 1);
                int close = column < 0
                        ? -1
                        : lines.indexOf(
                                at[0] - 1,
                                ")",
                                column + 2 + link.getDestination().length());
                findings.add(new LintFinding(
                        "item-separator",
                        Severity.WARNING,
                        at[0],
                        close < 0 ? at[1] : close + 2 + (first instanceof StrongEmphasis ? 2 : first == link ? 0 : 1),
                        "the link and the description are" + " separated by " + problem
                                + "; write \" - \" between them, as awesome-lint asks"));
            }
        }

        /**
         * What stands between a link and its description when it is not " - ": an en or em dash, a colon, a
         * hyphen without spaces, or only a space before a word; {@code null} for anything else. Read a
         * character at a time: it runs on every item of the list.
         */
        private static String separatorProblem(String text) {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == text.length()) {
                return null;
            }
            char c = text.charAt(i);
            if (c == '\u2013') {
                return "an en dash (\u2013)";
            }
            if (c == '\u2014') {
                return "an em dash (\u2014)";
            }
            if (c == ':') {
                return "a colon";
            }
            if (c == '-' && (i == 0 || i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)))) {
                return "a hyphen without spaces";
            }
            return i > 0 && Character.isLetterOrDigit(c) ? "only a space" : null;
        }

        /** A paper-style item (text, then links): whether a comma or a space stands between its links. */
        private void linkForm(Paragraph paragraph, MarkdownParsing.Chunk chunk) {
            if (!(paragraph.getFirstChild() instanceof org.commonmark.node.Text)) {
                return;
            }
            for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Link link
                        && node.getNext() instanceof org.commonmark.node.Text between
                        && between.getNext() instanceof Link) {
                    String gap = between.getLiteral();
                    if (gap.strip().equals(",") || gap.isBlank()) {
                        int[] at = position((Link) between.getNext(), chunk, lines);
                        linkForms.add(new LinkForm(!gap.isBlank(), at[0], at[1], headings));
                    }
                    return;
                }
            }
        }

        void finish() {
            long commas = linkForms.stream().filter(LinkForm::comma).count();
            long spaces = linkForms.size() - commas;
            if (commas > 0 && spaces > 0) {
                boolean minorityComma = commas <= spaces; // on a tie, spaces: the rendering's form
                // one finding per section, at its first item of the other form: the section was written apart
                Map<Integer, List<LinkForm>> bySection = new java.util.LinkedHashMap<>();
                linkForms.stream()
                        .filter(f -> f.comma() == minorityComma)
                        .forEach(f -> bySection
                                .computeIfAbsent(f.section(), k -> new ArrayList<>())
                                .add(f));
                for (List<LinkForm> forms : bySection.values()) {
                    LinkForm first = forms.get(0);
                    findings.add(new LintFinding(
                            "item-form",
                            Severity.WARNING,
                            first.line(),
                            first.column(),
                            (forms.size() == 1
                                            ? "this item separates its links"
                                            : "the " + forms.size() + " items of this section from here separate their"
                                                    + " links")
                                    + " by " + (minorityComma ? "commas" : "spaces") + ", the list's "
                                    + (minorityComma ? spaces : commas)
                                    + " other items by " + (minorityComma ? "spaces" : "commas")
                                    + "; write them as the others do"));
                }
            }
            for (AnchorLink link : anchorLinks) {
                String heading = headingByAnchor.get(link.anchor());
                if (heading == null) {
                    findings.add(new LintFinding(
                            "toc-anchor",
                            Severity.ERROR,
                            link.line(),
                            link.column(),
                            "the link #" + link.anchor()
                                    + " matches no heading (GitHub anchors are lowercase, punctuation dropped)"
                                    + suggestion(link.anchor(), headingByAnchor.keySet())));
                } else if (link.inContents()
                        && !link.text().equals(heading)
                        && !link.text().isEmpty()) {
                    findings.add(new LintFinding(
                            "toc-text",
                            Severity.WARNING,
                            link.line(),
                            link.column(),
                            "the contents say \"" + link.text() + "\" but the heading is \"" + heading + "\""));
                }
            }
        }
    }

    private static final Pattern LINK_GLUED = Pattern.compile("[\\p{L}\\p{N}.,;:!?]$");

    /**
     * Whether the text ends in what LINK_GLUED matches. The match is its last code point, or the one before
     * a final line terminator ({@code $}; {@code \r\n} is two characters), so only the last four characters
     * are searched: a search from every position of a long text was a fifth of lint's time.
     */
    private static boolean glued(String text) {
        return LINK_GLUED
                .matcher(text)
                .region(Math.max(0, text.length() - 4), text.length())
                .find();
    }

    /**
     * DOMAIN_WITHOUT_SCHEME, matched only where it can match: a {@code :} before the first {@code /} (a
     * scheme's) rules it out, which settles almost every link without the regex.
     */
    private static boolean lacksScheme(String destination) {
        int colon = destination.indexOf(':');
        int slash = destination.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            return false;
        }
        return DOMAIN_WITHOUT_SCHEME.matcher(destination).matches();
    }

    /**
     * Whether {@code node} stands in a table of contents (a list of anchor links, under a Contents heading
     * or not). Each top-level block is judged once ({@code judged}), so a list of 100,000 items is not
     * scanned again for each of them.
     */
    private static boolean inContents(Node node, Map<Node, Boolean> judged) {
        Node top = node;
        while (top.getParent() != null && !(top.getParent() instanceof org.commonmark.node.Document)) {
            top = top.getParent();
        }
        if (!(top instanceof org.commonmark.node.ListBlock list)) {
            return false;
        }
        return judged.computeIfAbsent(
                top,
                t -> MarkdownParsing.isContentsList(list)
                        || t.getPrevious() instanceof Heading heading && MarkdownParsing.isContentsHeading(heading));
    }

    private static String textWithoutImages(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Image) {
                continue;
            }
            out.append(child.getFirstChild() == null ? text(child) : textWithoutImages(child));
        }
        return out.toString();
    }

    private static boolean hasLink(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || hasLink(child)) {
                return true;
            }
        }
        return false;
    }

    private static void whitespace(TextLines lines, List<LintFinding> findings, WhitespaceStyle style) {
        for (int i = 0; i < lines.count(); i++) {
            int length = lines.length(i);
            if (length > 0 && lines.charAt(i, length - 1) == '\r') {
                length--; // a CRLF line end, not trailing whitespace
            }
            int from = 0;
            while (style.tabIndent() && from < length && lines.charAt(i, from) == '\t') {
                from++; // indentation with tabs is the house style the .editorconfig declares
            }
            int tab = lines.indexOf(i, "\t", from);
            if (tab >= 0 && tab < length) {
                findings.add(new LintFinding(
                        "whitespace",
                        Severity.WARNING,
                        i + 1,
                        tab + 1,
                        style.tabIndent()
                                ? "a tab inside the line (the .editorconfig indents with tabs, not aligns); use a space"
                                : "a tab; use spaces"));
            }
            if (!style.trimTrailing()) {
                continue;
            }
            int content = length;
            while (content > 0 && Character.isWhitespace(lines.charAt(i, content - 1))) {
                content--;
            }
            // two trailing spaces are a Markdown line break; one, or three and more, are a slip
            boolean twoSpaces = length >= 2 && lines.charAt(i, length - 1) == ' ' && lines.charAt(i, length - 2) == ' ';
            boolean threeSpaces = twoSpaces && length >= 3 && lines.charAt(i, length - 3) == ' ';
            if (content < length && !twoSpaces || threeSpaces) {
                findings.add(new LintFinding(
                        "whitespace", Severity.WARNING, i + 1, content + 1, "trailing whitespace; remove it"));
            }
        }
    }

    private static String suggestion(String anchor, Set<String> anchors) {
        String lower = GithubSlugger.slugOnce(anchor);
        return anchors.contains(lower) ? "; did you mean #" + lower + "?" : "";
    }

    /**
     * awesome-lint's comments, gathered piece by piece: the line of every top-level block and the
     * directives of the HTML blocks among them.
     */
    private static final class Directives {
        private record Directive(int block, String kind, Set<String> rules) {}

        private record Span(int from, int to, Set<String> rules) {}

        private final List<Integer> blockLines = new ArrayList<>();
        private final List<Directive> directives = new ArrayList<>();

        void accept(MarkdownParsing.Chunk chunk) {
            for (Node node = chunk.document().getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof HtmlBlock html) {
                    Matcher m = DIRECTIVE.matcher(html.getLiteral());
                    while (m.find()) {
                        Set<String> rules = new HashSet<>();
                        for (String id : m.group(2).trim().split("\\s+")) {
                            if (!id.isEmpty()) {
                                rules.add(AWESOME_LINT_IDS.getOrDefault(id, id));
                            }
                        }
                        directives.add(new Directive(blockLines.size(), m.group(1), rules));
                    }
                }
                blockLines.add(chunk.line(node));
            }
        }

        /** The findings no directive silences. */
        List<LintFinding> apply(List<LintFinding> findings) {
            List<Span> silenced = new ArrayList<>();
            Map<String, Integer> disabledSince = new HashMap<>();
            for (Directive directive : directives) {
                int at = blockLines.get(directive.block());
                switch (directive.kind()) {
                    case "disable" -> directive.rules().forEach(r -> disabledSince.putIfAbsent(r, at));
                    case "enable" ->
                        directive.rules().forEach(r -> {
                            Integer from = disabledSince.remove(r);
                            if (from != null) {
                                silenced.add(new Span(from, at, Set.of(r)));
                            }
                        });
                    default -> { // ignore: the next block only
                        int next = directive.block() + 1;
                        if (next < blockLines.size()) {
                            int to = next + 1 < blockLines.size() ? blockLines.get(next + 1) - 1 : Integer.MAX_VALUE;
                            silenced.add(new Span(blockLines.get(next), to, directive.rules()));
                        }
                    }
                }
            }
            disabledSince.forEach((rule, from) -> silenced.add(new Span(from, Integer.MAX_VALUE, Set.of(rule))));
            List<LintFinding> kept = new ArrayList<>();
            for (LintFinding finding : findings) {
                boolean silent = silenced.stream()
                        .anyMatch(s -> finding.line() >= s.from()
                                && finding.line() <= s.to()
                                && (s.rules().isEmpty() || s.rules().contains(finding.ruleId())));
                if (!silent) {
                    kept.add(finding);
                }
            }
            return kept;
        }
    }
}

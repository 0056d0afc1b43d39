package io.github.awesomedsl.maven.markdown;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.render.EntryStyle;
import io.github.awesomedsl.render.MarkdownRenderer;
import io.github.awesomedsl.render.RenderOptions;
import io.github.awesomedsl.render.TableWidth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * What an import would lose, found by comparing the original README with the rendering of what was
 * imported: every URL and every word of visible text of the original must be in the rendering (as often
 * as in the original). Both documents are read by the same parser, so escaping and spacing do not count;
 * nor do in-page anchors ({@code #contents}) and a table of contents, which the renderer regenerates. Raw HTML counts
 * by its {@code href}/{@code src} URLs and the words between its tags.
 */
public final class ImportLoss {

    /**
     * What is missing from one line of the original, or what stands elsewhere: {@code moved} holds a URL
     * the rendering has, but not in the original's order (after the URLs that follow it in the original).
     */
    public record Lost(int line, List<String> urls, List<String> words, List<String> moved) {
        public Lost(int line, List<String> urls, List<String> words) {
            this(line, urls, words, new ArrayList<>());
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (!moved.isEmpty()) {
                parts.add("the order of " + String.join(" ", moved) + " (the rendering shows it elsewhere)");
            }
            if (!urls.isEmpty()) {
                parts.add((urls.size() == 1 ? "the URL " : "the URLs ") + String.join(" ", urls));
            }
            if (!words.isEmpty()) {
                parts.add((words.size() == 1 ? "the word \"" : "the words \"") + String.join(" ", words) + "\"");
            }
            return String.join(" and ", parts);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern HTML_PART = Pattern.compile("(<[^>]*>)|[^<]+|<");
    private static final Pattern HTML_ALT = Pattern.compile("(?i)\\balt\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern HTML_URL = Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']");

    private final Content before;

    private ImportLoss(Content before) {
        this.before = before;
    }

    /** The original, read once, to compare with one or more renderings. */
    public static ImportLoss of(String original) {
        return new ImportLoss(Content.of(original));
    }

    /** The lines of {@code original} whose URLs or words {@code rendered} lacks, in line order. */
    public static List<Lost> between(String original, String rendered) {
        return of(original).in(rendered);
    }

    /** The lines of the original whose URLs or words {@code rendered} lacks, in line order. */
    public List<Lost> in(String rendered) {
        Content after = Content.of(rendered);
        Map<String, Integer> urlsLeft = counts(after.urls);
        Map<String, Integer> wordsLeft = counts(after.words);
        Map<Integer, Lost> lost = new TreeMap<>();
        missing(
                before.urls,
                urlsLeft,
                (line, url) -> lost.computeIfAbsent(line, l -> new Lost(l, new ArrayList<>(), new ArrayList<>()))
                        .urls()
                        .add(url));
        missing(
                before.words,
                wordsLeft,
                (line, word) -> lost.computeIfAbsent(line, l -> new Lost(l, new ArrayList<>(), new ArrayList<>()))
                        .words()
                        .add(word));
        if (lost.isEmpty()) {
            // every URL is there: they must also stand in the original's order
            Found moved = firstOutOfOrder(before.urls, after.urls);
            if (moved != null) {
                lost.put(moved.line(), new Lost(moved.line(), List.of(), List.of(), List.of(moved.value())));
            }
        }
        return List.copyOf(lost.values());
    }

    /**
     * The URLs of {@code markdown}'s links, images and HTML ({@code href}, {@code src}) in document order,
     * without in-page anchors and the contents.
     */
    public static List<String> urls(String markdown) {
        return Content.of(markdown).urls.stream().map(Found::value).toList();
    }

    /** The words of {@code markdown}'s visible text in document order, without the contents and "back to top" lines. */
    public static List<String> words(String markdown) {
        return Content.of(markdown).words.stream().map(Found::value).toList();
    }

    /** The rendering style a list was rendered in, and what that rendering lacks of the original. */
    public record Styled(EntryStyle style, List<Lost> lost) {}

    /**
     * The rendering style (awesome first, on a tie) whose rendering of {@code list} loses least of
     * {@code markdown}: what awesome:import writes into the configuration.
     */
    public static Styled leastLoss(AwesomeList list, String markdown) {
        Styled best = null;
        ImportLoss original = of(markdown);
        for (EntryStyle candidate : List.of(EntryStyle.AWESOME, EntryStyle.PAPER)) {
            String rendered = MarkdownRenderer.create(new RenderOptions(candidate, TableWidth.DISPLAY))
                    .render(list);
            List<Lost> lost = original.in(rendered);
            if (best == null || count(lost) < count(best.lost())) {
                best = new Styled(candidate, lost);
            }
            if (lost.isEmpty()) {
                break; // nothing lost: no style can do better
            }
        }
        return best;
    }

    /** How many URLs and words {@code lost} holds in all (a URL out of order counts as one). */
    public static int count(List<Lost> lost) {
        return lost.stream()
                .mapToInt(l -> l.urls().size() + l.words().size() + l.moved().size())
                .sum();
    }

    /**
     * The first URL of the original whose place the rendering does not keep: matching the original's URLs
     * in order against the rendering's (which may have more, such as generated anchors), the first that
     * cannot be found after the one before it.
     */
    private static Found firstOutOfOrder(List<Found> original, List<Found> rendered) {
        int at = 0;
        for (Found url : original) {
            while (at < rendered.size() && !rendered.get(at).value().equals(url.value())) {
                at++;
            }
            if (at == rendered.size()) {
                return url;
            }
            at++;
        }
        return null;
    }

    private interface Sink {
        void lost(int line, String what);
    }

    private static void missing(List<Found> found, Map<String, Integer> left, Sink sink) {
        for (Found f : found) {
            Integer n = left.get(f.value());
            if (n == null || n == 0) {
                sink.lost(f.line(), f.value());
            } else {
                left.put(f.value(), n - 1);
            }
        }
    }

    private static Map<String, Integer> counts(List<Found> found) {
        Map<String, Integer> counts = new HashMap<>();
        found.forEach(f -> counts.merge(f.value(), 1, Integer::sum));
        return counts;
    }

    private record Found(String value, int line) {}

    /** The URLs and words of a document, each with its line. */
    private static final class Content {
        final List<Found> urls = new ArrayList<>();
        final List<Found> words = new ArrayList<>();
        private boolean skipNextList;

        static Content of(String markdown) {
            Content content = new Content();
            for (MarkdownParsing.Chunk chunk : MarkdownParsing.chunks(markdown)) {
                content.walk(chunk.document(), chunk, 0);
            }
            return content;
        }

        private void walk(Node node, MarkdownParsing.Chunk chunk, int blockLine) {
            if (node instanceof Heading heading && MarkdownParsing.isContentsHeading(heading)) {
                skipNextList = true; // a table of contents is regenerated: neither its words nor its anchors count
                return;
            }
            if (node instanceof ListBlock list
                    && node.getParent() instanceof org.commonmark.node.Document
                    && (skipNextList || MarkdownParsing.isContentsList(list))) {
                skipNextList = false;
                return;
            }
            if (node instanceof org.commonmark.node.Paragraph paragraph && MarkdownParsing.isBackToTop(paragraph)) {
                return; // "back to top" lines are dropped: the contents are generated
            }
            if (node instanceof Block && node.getParent() instanceof org.commonmark.node.Document) {
                skipNextList = false;
            }
            int line = node instanceof Block ? Math.max(chunk.line(node), blockLine) : blockLine;
            if (node instanceof Link link) {
                url(link.getDestination(), line);
            } else if (node instanceof Image image) {
                url(image.getDestination(), line);
            } else if (node instanceof Text text) {
                words(text.getLiteral(), line);
            } else if (node instanceof Code code) {
                words(code.getLiteral(), line);
            } else if (node instanceof FencedCodeBlock code) {
                words(code.getLiteral(), line);
            } else if (node instanceof IndentedCodeBlock code) {
                words(code.getLiteral(), line);
            } else if (node instanceof HtmlBlock html) {
                html(html.getLiteral(), line);
            } else if (node instanceof HtmlInline html) {
                html(html.getLiteral(), line);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                walk(child, chunk, line);
            }
        }

        /** An HTML block or inline tag: its URLs, and its words in order, an image's alternative text among them. */
        private void html(String html, int line) {
            Matcher url = HTML_URL.matcher(html);
            while (url.find()) {
                url(url.group(1), line);
            }
            Matcher part = HTML_PART.matcher(html);
            while (part.find()) {
                if (part.group(1) != null) {
                    Matcher alt = HTML_ALT.matcher(part.group(1));
                    if (part.group(1).regionMatches(true, 0, "<img", 0, 4) && alt.find()) {
                        words(MarkdownParsing.htmlText(alt.group(1)), line);
                    }
                } else {
                    words(MarkdownParsing.htmlText(part.group()), line);
                }
            }
        }

        private void url(String url, int line) {
            String u = url.strip();
            if (!u.isEmpty() && !u.startsWith("#")) {
                urls.add(new Found(u, line));
            }
        }

        private void words(String text, int line) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                words.add(new Found(word.group(), line));
            }
        }
    }
}

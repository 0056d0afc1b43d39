package io.github.awesomedsl.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML cmark-gfm writes, as a tree: the elements cmark-gfm makes nest; any other tag (raw HTML a
 * text would have injected, {@code img}, {@code br}) is a leaf, so an unbalanced injected tag cannot
 * hide what follows. Comments are dropped: they show nothing.
 */
public final class HtmlTree {

    private static final Set<String> NESTING = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "a",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "em",
            "strong",
            "code",
            "del",
            "blockquote",
            "pre",
            "section",
            "sup");
    private static final Pattern TAG =
            Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^>]*?)?)\\s*/?>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

    private HtmlTree() {}

    /** A node: an element or a text. */
    public sealed interface Node permits Element, Text {}

    /** A run of text, its entities decoded. */
    public record Text(String text) implements Node {}

    /** An element with its attributes (decoded) and children. */
    public record Element(String name, Map<String, String> attributes, List<Node> children) implements Node {

        /** The child elements. */
        public List<Element> elements() {
            return children.stream()
                    .filter(Element.class::isInstance)
                    .map(Element.class::cast)
                    .toList();
        }

        /** The visible text of this element and all below it. */
        public String text() {
            StringBuilder out = new StringBuilder();
            for (Node child : children) {
                if (child instanceof Text t) {
                    out.append(t.text());
                } else {
                    out.append(((Element) child).text());
                }
            }
            return out.toString();
        }

        /** Visits this element and every element below it. */
        public void walk(Consumer<Element> visitor) {
            visitor.accept(this);
            elements().forEach(e -> e.walk(visitor));
        }

        public String attribute(String attribute) {
            return attributes.get(attribute);
        }
    }

    /** Parses cmark-gfm's output into a root element named {@code #document}. */
    public static Element parse(String html) {
        Element root = new Element("#document", Map.of(), new ArrayList<>());
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            text(html.substring(at, tag.start()), open.peek());
            at = tag.end();
            if (tag.group(2) == null) {
                continue; // a comment
            }
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean closing = !tag.group(1).isEmpty();
            if (closing && NESTING.contains(name)) {
                while (open.size() > 1 && !open.pop().name().equals(name)) {
                    // pop to the matching element
                }
            } else if (!closing) {
                Element element = new Element(name, attributes(tag.group(3)), new ArrayList<>());
                open.peek().children().add(element);
                if (NESTING.contains(name) && !tag.group(0).endsWith("/>")) {
                    open.push(element);
                }
            } else {
                open.peek().children().add(new Element("/" + name, Map.of(), new ArrayList<>()));
            }
        }
        text(html.substring(at), open.peek());
        return root;
    }

    private static void text(String raw, Element parent) {
        if (!raw.isEmpty()) {
            parent.children().add(new Text(decode(raw)));
        }
    }

    private static Map<String, String> attributes(String raw) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(raw);
        while (attribute.find()) {
            attributes.put(attribute.group(1), decode(attribute.group(2)));
        }
        return attributes;
    }

    /** The entities cmark-gfm writes: {@code &amp; &lt; &gt; &quot; &#x27;}. */
    static String decode(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}

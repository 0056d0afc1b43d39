package io.github.awesomedsl.maven.links;

import java.util.ArrayList;
import java.util.List;

/**
 * The http(s) URLs of a Markdown file with their lines: link targets ({@code [x](…)}, parentheses
 * balanced), autolinks ({@code <…>}) and bare URLs. Enough to check any README's links without
 * migrating it; the full Markdown reader is awesome:lint's.
 */
public final class MarkdownUrls {

    /** A URL and its 1-based line. */
    public record Found(String url, int line) {}

    private MarkdownUrls() {}

    public static List<Found> in(String markdown) {
        List<Found> found = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            for (int at = line.indexOf("http"); at >= 0; at = line.indexOf("http", at + 1)) {
                if (!line.startsWith("http://", at) && !line.startsWith("https://", at)) {
                    continue;
                }
                if (at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
                    continue;
                }
                int end = end(line, at);
                String url = line.substring(at, end);
                while (!url.isEmpty() && ".,;:!?*_'\"".indexOf(url.charAt(url.length() - 1)) >= 0) {
                    url = url.substring(0, url.length() - 1); // sentence punctuation after a bare URL
                }
                if (url.length() > "https://".length()) {
                    found.add(new Found(url, n + 1));
                }
                at = end - 1;
            }
        }
        return found;
    }

    private static int end(String line, int start) {
        int depth = 0;
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '|' || c == ']' || c == '`') {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                break;
            }
            i++;
        }
        return i;
    }
}

package io.github.awesomedsl.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchors exactly as GitHub makes them: the algorithm of the {@code github-slugger} npm package
 * (2.0.0), which GitHub, awesome-lint and most Markdown tools share.
 *
 * <ol>
 *   <li>lowercase (Unicode full case mapping, {@link Locale#ROOT});
 *   <li>remove every code point that is not a letter, a mark, a decimal digit, a letter number, connector
 *       punctuation ({@code _}), a space or {@code -} (so punctuation, symbols and emoji go, letters of any
 *       script stay);
 *   <li>turn each space into {@code -}, without collapsing runs;
 *   <li>a slug seen before gets {@code -1}, {@code -2}, … (skipping any suffix already taken).
 * </ol>
 *
 * <p>The character classes match the package's generated regular expression code point for code point
 * (checked against all of Unicode when this class was written). An instance remembers the slugs it gave,
 * so use one instance per document, in document order.
 */
public final class GithubSlugger {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The anchor of {@code heading} in this document, unique among the anchors given so far. */
    public String slug(String heading) {
        String base = slugOnce(heading);
        String result = base;
        while (occurrences.containsKey(result)) {
            int next = occurrences.merge(base, 1, Integer::sum);
            result = base + '-' + next;
        }
        occurrences.put(result, 0);
        return result;
    }

    /** Forgets all slugs given so far. */
    public void reset() {
        occurrences.clear();
    }

    /** The anchor of {@code heading} on its own, without de-duplication. */
    public static String slugOnce(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                out.append('-');
            } else if (isKept(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isKept(int cp) {
        if (cp == '-' || Character.isAlphabetic(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}

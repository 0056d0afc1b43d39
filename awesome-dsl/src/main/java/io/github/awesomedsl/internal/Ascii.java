package io.github.awesomedsl.internal;

/** Comparisons of ASCII text in place, faster than the JDK's Unicode-aware ones. Internal: not part of the public API. */
public final class Ascii {

    private Ascii() {}

    /**
     * Whether {@code text} holds {@code lower} at {@code offset}, ASCII letters in either case: the
     * comparison host names and URL prefixes need. Unlike {@link String#regionMatches(boolean, int, String,
     * int, int)}, no other character matches an ASCII letter (the Kelvin sign is not a {@code k}).
     *
     * @param lower lowercase ASCII
     */
    public static boolean regionMatchesIgnoreCase(String text, int offset, String lower) {
        if (offset < 0 || offset > text.length() - lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(offset + i);
            char l = lower.charAt(i);
            if (c != l && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == l)) {
                return false;
            }
        }
        return true;
    }
}

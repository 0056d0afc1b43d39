package io.github.awesomedsl.maven.output.code;

import com.palantir.javapoet.CodeBlock;

/**
 * Untrusted text made safe for generated Java source. Every string of a list may come from a stranger
 * (a pull request, an imported README), so it must never end a comment, start a javadoc tag, become a
 * Unicode escape that javac reads before it lexes, or hide code behind bidirectional controls (the
 * "Trojan Source" attack).
 */
final class JavaText {

    private JavaText() {}

    /**
     * {@code text} as a Java string literal that javac reads back as exactly {@code text} (rarely a
     * constant concatenation of two literals, see {@link #quoted}).
     */
    static CodeBlock literal(String text) {
        return CodeBlock.of("$L", quoted(text));
    }

    /**
     * A string literal. Unlike JavaPoet's {@code $S}, it escapes format, separator, private-use and
     * unassigned characters and lone surrogates as {@code \}{@code uXXXX} (which the file's encoding
     * could not carry or which would reorder what a reader sees), and never writes a raw line break.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int codePoint = text.codePointAt(i);
                        if (isHidden(codePoint)) {
                            out.append(unicodeEscape(c)).append(unicodeEscape(text.charAt(i + 1)));
                        } else {
                            out.append(c).append(text.charAt(i + 1));
                        }
                        i++;
                    } else if (Character.isSurrogate(c) || isHidden(c)) {
                        out.append(unicodeEscape(c));
                        if (Character.isHighSurrogate(c) && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                            // javac (17 to 25), looking for the low half after a lone high surrogate escape, misreads
                            // the backslashes that follow (such an escape, an escaped backslash and "u0022" compile to
                            // 2 characters, not 7): the literal is closed and reopened there, a constant concatenation
                            out.append("\" + \"");
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text for a javadoc comment: HTML-escaped, with no comment end ({@code *}{@code /}), no tag start
     * ({@code @}, <code>{&#64;</code>), no backslash (javac reads {@code \}{@code u002a} as {@code *} even
     * in a comment), on one line, and with hidden characters as numeric character references.
     */
    static String javadoc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '/' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
                case '*' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '/' ? "&#42;" : "*");
                case '\n', '\r', '\u2028', '\u2029', '\u0085' -> out.append(' ');
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(' ');
                    } else if (isHidden(c) || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                        out.append("&#x")
                                .append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT))
                                .append(';');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Format (bidi controls, zero-width), separator, private-use and unassigned characters. */
    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || (Character.isISOControl(codePoint) && codePoint != '\t');
    }

    private static String unicodeEscape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}

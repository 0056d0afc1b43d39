package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;

/**
 * Text fields hold no tabs, line breaks, other control characters or invisible characters (zero-width
 * space, word joiner, byte-order mark, soft hyphen, bidirectional controls, which reorder what a reader
 * sees). The renderer keeps each field on its line, so a
 * line break becomes a space: this rule says where the source holds one. A zero-width joiner inside an
 * emoji sequence is allowed.
 */
public final class ControlCharactersRule implements Rule {

    @Override
    public String id() {
        return "control-characters";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Text fields hold no tabs, line breaks, control or invisible characters.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return new Check() {
            @Override
            public void text(String text, String field, ListIndex.Element element) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c >= ' ' && c < 0x7F || c == '\t' && element.fromMarkdown()) {
                        continue; // printable ASCII, the common case; a tab in a Markdown file is the whitespace rule's
                    }
                    String name = name(c, text, i);
                    if (name != null) {
                        findings.report(
                                element,
                                "the " + field + " holds " + name + " at character " + (i + 1) + " (\""
                                        + excerpt(text, i) + "\"); remove it");
                        break;
                    }
                }
            }
        };
    }

    private static String name(char c, String text, int i) {
        switch (c) {
            case '\t':
                return "a tab";
            case '\n':
            case '\r':
            case '\u2028':
            case '\u2029':
                return "a line break";
            case '\u200B':
                return "a zero-width space (U+200B)";
            case '\u200C':
                return "a zero-width non-joiner (U+200C)";
            case '\u2060':
                return "a word joiner (U+2060)";
            case '\uFEFF':
                return "a byte-order mark (U+FEFF)";
            case '\u00AD':
                return "a soft hyphen (U+00AD)";
            case '\u202A',
                    '\u202B',
                    '\u202C',
                    '\u202D',
                    '\u202E',
                    '\u2066',
                    '\u2067',
                    '\u2068',
                    '\u2069',
                    '\u200E',
                    '\u200F',
                    '\u061C':
                return String.format(
                        "the bidirectional control U+%04X, which can make text read otherwise than it is"
                                + " (if the text is right-to-left on purpose, suppress or silence the finding)",
                        (int) c);
            case '\u200D':
                return betweenPictographs(text, i) ? null : "a zero-width joiner (U+200D) outside an emoji";
            default:
                return Character.isISOControl(c) ? String.format("the control character U+%04X", (int) c) : null;
        }
    }

    private static boolean betweenPictographs(String text, int i) {
        return i > 0
                && i + 1 < text.length()
                && !Character.isLetterOrDigit(text.codePointBefore(i))
                && !Character.isLetterOrDigit(text.codePointAt(i + 1))
                && !Character.isWhitespace(text.codePointBefore(i))
                && !Character.isWhitespace(text.codePointAt(i + 1));
    }

    private static String excerpt(String text, int i) {
        int from = Math.max(0, i - 12);
        int to = Math.min(text.length(), i + 12);
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            out.append(
                    Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\u00AD'
                            ? String.format("\\u%04X", (int) c)
                            : String.valueOf(c));
        }
        return out.append(to < text.length() ? "…" : "").toString();
    }
}

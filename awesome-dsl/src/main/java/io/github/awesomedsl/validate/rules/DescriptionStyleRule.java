package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.Inline;
import io.github.awesomedsl.model.RichText;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Descriptions follow awesome-lint's list-item conventions: the first word is capitalised (or written
 * in a deliberate case such as {@code iOS}, {@code macOS}, {@code x86}, or quoted), and the prose ends as
 * a sentence: with {@code .}, {@code !}, {@code ?} or {@code …} (a closing quote may follow), or with a
 * parenthesis or an emoji after punctuation ({@code Does things. (MIT)}). What follows the prose is the
 * item's metadata, not its sentence: trailing code spans, links, badges and parenthesised links
 * ({@code Does things. ([Demo](…)) `MIT` `Go`}) are not checked; nor is a description that is only a
 * parenthetical or only emoji.
 */
public final class DescriptionStyleRule implements Rule {

    // A sentence's end is punctuation, maybe closed by a quote ([.!?…]["”’']?$); a parenthetical is
    // ^\([^)]*\)$. Both are read by hand below: every description of a list comes through here.
    /** Text that is only emoji and spaces (symbols, variation selectors, joiners). */
    private static final Pattern ONLY_SYMBOLS = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cn}\\x{FE0F}\\x{200D}\\s]+$");

    @Override
    public String id() {
        return "description-style";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Descriptions start with a capital (or a deliberately cased word) and end as a sentence (. ! ? …).";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return new Check() {
            @Override
            public void item(ListIndex.ItemRef ref) {
                check(ref, findings);
            }
        };
    }

    private static void check(ListIndex.ItemRef ref, Findings findings) {
        Optional<RichText> description = ref.item().description();
        if (description.isEmpty()) {
            return;
        }
        String text = prose(description.get().inlines()).strip();
        if (text.isEmpty() || isParenthetical(text) || isOnlySymbols(text)) {
            return;
        }
        int space = 0;
        while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        if (isAllLowercaseWord(text, space)) { // checked in place: every description comes through here
            String firstWord = text.substring(0, space);
            findings.report(
                    ref.element(),
                    "the description starts with \"" + firstWord + "\"; start it with a capital: \""
                            + Character.toUpperCase(firstWord.charAt(0)) + firstWord.substring(1) + "\"");
        }
        if (!endsAsSentence(text)) {
            int last = text.codePointBefore(text.length());
            findings.report(
                    ref.element(),
                    "the description ends with \"" + Character.toString(last)
                            + "\"; end the sentence with a full stop (or !, ? or …)");
        }
    }

    /**
     * The prose of a description: its spans' text without the metadata after it (trailing code spans,
     * links, images, and a parenthesis holding only links), so that {@code Does things. ([Demo](…)) `MIT`}
     * is read as {@code Does things.}
     */
    static String prose(List<Inline> inlines) {
        if (inlines.size() == 1 && inlines.get(0) instanceof Inline.Text only) {
            return only.text().strip(); // plain text, the common case: nothing after the prose
        }
        int end = inlines.size();
        while (end > 0) {
            Inline last = inlines.get(end - 1);
            if (last instanceof Inline.Code
                    || last instanceof Inline.LinkSpan
                    || last instanceof Inline.Image
                    || last instanceof Inline.LineBreak
                    || last instanceof Inline.RawMarkdown
                    || last instanceof Inline.Text t && t.text().isBlank()) {
                end--;
            } else if (last instanceof Inline.Text t
                    && closesMetadata(t.text().strip())
                    && end >= 2
                    && opensMetadata(inlines, end - 1)) {
                end = metadataStart(inlines, end - 1);
            } else {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < end; i++) {
            Inline inline = inlines.get(i);
            if (!(inline instanceof Inline.RawMarkdown)) {
                out.append(inline.text());
            }
        }
        String prose = out.toString().strip();
        // "Does things. (" before a parenthesised link: the opening parenthesis belongs to the metadata
        return prose.endsWith("(") || prose.endsWith("[")
                ? prose.substring(0, prose.length() - 1).strip()
                : prose;
    }

    /** Whether the spans before {@code close} (a closing parenthesis) are links back to an opening one. */
    private static boolean opensMetadata(List<Inline> inlines, int close) {
        return metadataStart(inlines, close) < close;
    }

    /** Where the parenthesised links that {@code close} ends begin (at the text holding the "("), or {@code close}. */
    private static int metadataStart(List<Inline> inlines, int close) {
        boolean link = false;
        for (int i = close - 1; i >= 0; i--) {
            Inline inline = inlines.get(i);
            if (inline instanceof Inline.LinkSpan || inline instanceof Inline.Image || inline instanceof Inline.Code) {
                link = true;
            } else if (inline instanceof Inline.Text t) {
                String text = t.text();
                if (text.strip().endsWith("(") || text.strip().endsWith("[")) {
                    return link ? i + 1 : close;
                }
                if (!text.isBlank() && !text.strip().matches("[,;/|·]+")) {
                    return close;
                }
            } else {
                return close;
            }
        }
        return close;
    }

    /** {@code (…)} with no other closing parenthesis inside: what {@code ^\([^)]*\)$} matches, without a matcher. */
    private static boolean isParenthetical(String text) {
        return text.length() >= 2 && text.charAt(0) == '(' && text.indexOf(')') == text.length() - 1;
    }

    /** Whether {@link #ONLY_SYMBOLS} matches; most descriptions start with a letter and are told at once. */
    private static boolean isOnlySymbols(String text) {
        return !Character.isLetterOrDigit(text.codePointAt(0))
                && ONLY_SYMBOLS.matcher(text).matches();
    }

    /** What [.!?…]["”’']?$ finds at the end, read from the end (a regex find would try every position). */
    private static boolean endsWithSentenceEnd(String text) {
        int end = text.length() - 1;
        if (end >= 1 && "\"”’'".indexOf(text.charAt(end)) >= 0 && ".!?…".indexOf(text.charAt(end - 1)) >= 0) {
            return true;
        }
        return ".!?…".indexOf(text.charAt(end)) >= 0;
    }

    private static boolean endsAsSentence(String text) {
        if (endsWithSentenceEnd(text)) {
            return true;
        }
        boolean punctuated = text.chars().anyMatch(c -> ".!?…".indexOf(c) >= 0);
        int last = text.codePointBefore(text.length());
        boolean emoji = Character.getType(last) == Character.OTHER_SYMBOL || last == 0xFE0F;
        return punctuated && (last == ')' || emoji) || emoji && text.split("\\s+").length <= 2;
    }

    /** {@code text}'s first {@code end} characters are lowercase letters only: "tool" is flagged; "iOS", "npm2", "macOS" and "x86" are deliberate casing or not words. */
    private static boolean isAllLowercaseWord(String text, int end) {
        if (end == 0 || !Character.isLowerCase(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!(Character.isLowerCase(c) || c == '-' || c == '\'' || c == ',' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} is a non-empty run of {@code )}, {@code ]}, {@code ,} and {@code ;} (no regex per item). */
    private static boolean closesMetadata(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (")],;".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}

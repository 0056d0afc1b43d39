package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.Locale;
import java.util.Set;

/**
 * The list's title is {@code Awesome X} in title case, as awesome-lint demands: it starts with
 * "Awesome", words are separated by spaces (not hyphens standing for spaces), and every word but the
 * small ones (a, an, the, and, of, for, in, …) starts with a capital.
 */
public final class TitleCaseRule implements Rule {

    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
            "per", "to", "up", "via", "vs", "with", "from", "into");

    @Override
    public String id() {
        return "title-case";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The list's title is \"Awesome X\" in title case.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return Rule.atEnd(() -> check(list, findings));
    }

    private static void check(ListIndex list, Findings findings) {
        String title = list.list().title().strip();
        if (title.isEmpty()) {
            return; // blank-text reports it
        }
        String fixed = suggestion(title);
        if (!title.startsWith("Awesome")) {
            findings.report(
                    list.listElement(),
                    "the title \"" + title + "\" should start with \"Awesome\"; write \"" + fixed + "\"");
            return;
        }
        if (!title.contains(" ") && title.contains("-")) {
            findings.report(
                    list.listElement(), "the title \"" + title + "\" uses hyphens for spaces; write \"" + fixed + "\"");
            return;
        }
        String[] words = title.split(" +");
        for (int i = 1; i < words.length; i++) {
            if (needsCapital(words, i)) {
                findings.report(
                        list.listElement(),
                        "the title \"" + title + "\" is not in title case: capitalise \"" + words[i] + "\"; write \""
                                + fixed + "\"");
                return;
            }
        }
    }

    private static boolean needsCapital(String[] words, int i) {
        String word = words[i];
        boolean small = SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) && i < words.length - 1;
        return !small && !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    /**
     * A title that passes this rule, one change away from {@code title}: "Awesome" first, hyphens as spaces
     * (when it has no spaces), and each word that needs it capitalised ("Terminal tools I like" →
     * "Awesome Terminal Tools I Like").
     */
    static String suggestion(String title) {
        String t = title.strip();
        if (!t.contains(" ") && t.contains("-")) {
            t = t.replace('-', ' ');
        }
        if (!t.startsWith("Awesome")) {
            t = t.regionMatches(true, 0, "awesome ", 0, 8) ? "Awesome" + t.substring(7) : "Awesome " + t;
        }
        String[] words = t.split(" +");
        for (int i = 1; i < words.length; i++) {
            if (needsCapital(words, i)) {
                words[i] = words[i].substring(0, 1).toUpperCase(Locale.ROOT) + words[i].substring(1);
            }
        }
        return String.join(" ", words);
    }
}

package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.Duplicates;
import io.github.awesomedsl.model.TextItem;
import io.github.awesomedsl.urls.CanonicalUrl;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.List;

/**
 * Each entry and link item appears once in the whole list: no two share a title (case and spacing
 * aside). Titles are compared by a 64-bit hash of their normalised form, confirmed on the forms.
 */
public final class DuplicateTitleRule implements Rule {

    @Override
    public String id() {
        return "duplicate-title";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No two items of one section share a title (letter case counts: Steam and STEAM are two names).";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        List<ListIndex.ItemRef> items = list.items();
        Duplicates titles = new Duplicates(items.size());
        CanonicalUrl.Hasher hasher = new CanonicalUrl.Hasher();
        return new Check() {
            /** The number of the next item in {@code items}. */
            private int i;

            @Override
            public void item(ListIndex.ItemRef ref) {
                String title = ref.item().title();
                // blank-text reports blank titles; a group's text may repeat (two sections' "Libraries")
                if (!title.isBlank() && !(ref.item() instanceof TextItem)) {
                    // one section's items: the same name in two sections is two things (their URLs tell)
                    titles.put(
                            i,
                            hasher.hashOf(title, DuplicateTitleRule::spaced) * 31
                                    + System.identityHashCode(ref.element().parent()));
                }
                i++;
            }

            @Override
            public void end() {
                titles.forEach(
                        i -> System.identityHashCode(items.get(i).element().parent()) + "\u0000"
                                + spaced(items.get(i).item().title()),
                        (i, earlier) -> findings.report(
                                items.get(i).element(),
                                "\"" + items.get(i).item().title()
                                        + "\" is already listed at "
                                        + items.get(earlier).element().path() + " ("
                                        + items.get(earlier).element().location() + "); keep one of the two"));
            }
        };
    }

    /** Spaces trimmed and runs of white space collapsed to one space, letter case kept. */
    static String spaced(String title) {
        StringBuilder out = new StringBuilder(title.length());
        spaced(title, (CanonicalUrl.Sink) out::append);
        return out.toString();
    }

    private static void spaced(String title, CanonicalUrl.Sink out) {
        boolean space = false;
        boolean started = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isWhitespace(c)) {
                space = started;
            } else {
                if (space) {
                    out.put(' ');
                    space = false;
                }
                out.put(c);
                started = true;
            }
        }
    }

    /** Lowercased, spaces trimmed and runs of white space collapsed to one space. */
    static String normalise(String title) {
        StringBuilder out = new StringBuilder(title.length());
        normalise(title, out);
        return out.toString();
    }

    private static void normalise(String title, CanonicalUrl.Sink out) {
        spaced(title, c -> out.put(Character.toLowerCase(c)));
    }

    private static void normalise(String title, StringBuilder out) {
        normalise(title, (CanonicalUrl.Sink) out::append);
    }
}

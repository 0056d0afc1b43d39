package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.internal.Duplicates;
import io.github.awesomedsl.urls.CanonicalUrl;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;

/**
 * Each page is linked once in the whole list (entries, tables, link items and paragraphs), by
 * {@linkplain CanonicalUrl canonical form}. URLs are compared by a 64-bit hash of that form, so a list of
 * any size is checked without holding a string per URL; a hash match is confirmed on the forms
 * themselves.
 */
public final class DuplicateUrlRule implements Rule {

    @Override
    public String id() {
        return "duplicate-url";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Each page is linked once in the whole list; variants of one URL count as the same.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        CanonicalUrl.Hasher hasher = new CanonicalUrl.Hasher();
        // sized for two links per item and row, and grown when a list links more
        Duplicates urls = new Duplicates(2 * (list.items().size() + list.rows().size()) + 16);
        return new Check() {
            @Override
            public void url(int number, String url, ListIndex.Element element) {
                if (!url.isBlank()) { // url-syntax reports blank URLs
                    urls.put(number, hasher.hashOf(url));
                }
            }

            @Override
            public void end() {
                urls.forEach(i -> CanonicalUrl.of(list.url(i)), (i, earlier) -> report(list, i, earlier, findings));
            }
        };
    }

    private static void report(ListIndex list, int i, int earlier, Findings findings) {
        ListIndex.Element element = list.urlElement(i);
        ListIndex.Element first = list.urlElement(earlier);
        if (first == element) {
            findings.report(element, "links " + list.url(i) + " twice; remove one of the two links");
        } else {
            findings.report(
                    element,
                    "links " + list.url(i) + ", which \"" + first.path() + "\" (" + first.location()
                            + ") already links; keep the link on the entry it belongs to, or "
                            + (element.fromMarkdown()
                                    ? "silence this finding with <!--lint ignore double-link--> before the list"
                                    : "suppress this finding with the reason both need it"));
        }
    }
}

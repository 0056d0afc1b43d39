package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.Link;
import io.github.awesomedsl.urls.LinkYear;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.Optional;

/**
 * An entry's year agrees with the years its links encode: arXiv ids ({@code 2304.14454} is 2023),
 * bioRxiv and medRxiv DOIs ({@code 10.1101/2023.06.12…}), ACL Anthology ids ({@code 2022.bionlp-1.9},
 * {@code W19-1909}), Nature-family article ids ({@code s41746-022-…}) and DOIs with a year. A preprint,
 * a Nature id or a DOI may be a year older than the entry (the journal version came later).
 */
public final class YearMismatchRule implements Rule {

    @Override
    public String id() {
        return "year-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "An entry's year agrees with the years encoded in its links.";
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
        if (!(ref.item() instanceof Entry entry) || entry.year().isEmpty()) {
            return;
        }
        int year = entry.year().getAsInt();
        for (Link link : entry.links()) {
            Optional<LinkYear> linkYear = LinkYear.of(link.url());
            if (linkYear.isPresent() && !linkYear.get().agreesWith(year)) {
                LinkYear found = linkYear.get();
                String fix = !ref.element().fromMarkdown()
                        ? "correct .year(" + found.year() + ")"
                                + (ref.inYearGroup() ? ", which moves it to that year's group," : "")
                        : ref.inYearGroup()
                                ? "move it under the " + found.year() + " heading"
                                : "correct its year to " + found.year();
                findings.report(
                        ref.element(),
                        "the entry is dated " + year + " but its " + link.label() + " link (" + link.url()
                                + ") has the " + found.source() + "; " + fix
                                + " or the link if it belongs to another work");
                break;
            }
        }
    }
}

package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * In a list whose entries give their venue (a paper list: {@code [Nature] Title. [[Paper]](…)}), an entry
 * without one was most likely forgotten. It applies when the list has at least {@value #MIN_ENTRIES} entries
 * and at least four in five of them name a venue; the others are reported.
 */
public final class MissingVenueRule implements Rule {

    static final int MIN_ENTRIES = 5;

    @Override
    public String id() {
        return "missing-venue";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "In a list whose entries name their venue (a paper list), every entry does.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return Rule.atEnd(() -> {
            List<ListIndex.ItemRef> without = new ArrayList<>();
            int dated = 0; // entries, in fact: the venue of a paper list's entries is what is counted
            for (ListIndex.ItemRef ref : list.items()) {
                if (ref.item() instanceof Entry entry) {
                    dated++;
                    if (entry.venue().isEmpty()) {
                        without.add(ref);
                    }
                }
            }
            if (dated >= MIN_ENTRIES && without.size() * 5 <= dated) {
                int with = dated - without.size();
                for (ListIndex.ItemRef ref : without) {
                    findings.report(
                            ref.element(),
                            "the entry names no venue, but " + with + " of the list's " + dated
                                    + " entries do; "
                                    + (ref.element().fromMarkdown()
                                            ? "write it first, in brackets ([arXiv] Title.)"
                                            : "add .venue(…)"));
                }
            }
        });
    }
}

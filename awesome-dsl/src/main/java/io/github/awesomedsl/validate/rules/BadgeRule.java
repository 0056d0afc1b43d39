package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;

/** The list shows the awesome badge beside its title, as the awesome manifesto and awesome-lint ask. */
public final class BadgeRule implements Rule {

    @Override
    public String id() {
        return "badge";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The list shows the awesome badge beside its title.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return Rule.atEnd(() -> check(list, findings));
    }

    private static void check(ListIndex list, Findings findings) {
        boolean present =
                list.list().badges().stream().anyMatch(b -> b.imageUrl().startsWith("https://awesome.re/badge"));
        if (!present) {
            findings.report(
                    list.listElement(),
                    list.listElement().fromMarkdown()
                            ? "the list has no awesome badge; add [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) after the title"
                            : "the list has no awesome badge; add .badge(Badge.AWESOME) after list(…)");
        }
    }
}

package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;

/** A section holds something, or says it is empty on purpose. */
public final class EmptySectionRule implements Rule {

    @Override
    public String id() {
        return "empty-section";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A section holds items, tables, prose or subsections, or declares a placeholder.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return new Check() {
            @Override
            public void section(ListIndex.SectionRef ref) {
                var section = ref.section();
                // prose is content: "## License" and "MIT." is a section that says what it has to say
                if (section.hasNoContent()
                        && section.intro().isEmpty()
                        && section.subsections().isEmpty()
                        && section.placeholder().isEmpty()) {
                    findings.report(
                            ref.element(),
                            ref.element().fromMarkdown()
                                    ? "the section is empty; add items under its heading, or a line saying why it is empty (\"Contributions"
                                            + " welcome.\"), or remove the heading"
                                    : "the section is empty; add entries, or declare it empty on purpose with .placeholder()");
                }
            }
        };
    }
}

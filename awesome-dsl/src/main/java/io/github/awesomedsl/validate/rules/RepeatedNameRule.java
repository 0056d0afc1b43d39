package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.Entry;
import io.github.awesomedsl.model.LinkItem;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;

/**
 * A description does not start by repeating the item's name ({@code - [Foo](…) - Foo is a tool for …}):
 * the name stands right before it. awesome-lint's {@code no-repeat-item-in-description} asks the same.
 */
public final class RepeatedNameRule implements Rule {

    @Override
    public String id() {
        return "repeated-name";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A description does not start with the item's name, which stands right before it.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return new Check() {
            @Override
            public void item(ListIndex.ItemRef ref) {
                if (!(ref.item() instanceof Entry) && !(ref.item() instanceof LinkItem)) {
                    return;
                }
                String name = ref.item().title().strip();
                String prose = ref.item()
                        .description()
                        .map(d -> DescriptionStyleRule.prose(d.inlines()))
                        .orElse("")
                        .strip();
                if (name.length() >= 2
                        && prose.length() > name.length()
                        && prose.regionMatches(true, 0, name, 0, name.length())
                        && !Character.isLetterOrDigit(prose.charAt(name.length()))) {
                    String rest = prose.substring(name.length()).strip();
                    findings.report(
                            ref.element(),
                            "the description starts with the name \"" + prose.substring(0, name.length())
                                    + "\", which stands right before it; start with what it does"
                                    + (rest.isEmpty() ? "" : " (\"" + excerpt(rest) + "\")"));
                }
            }
        };
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}

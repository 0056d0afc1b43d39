package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.render.GithubSlugger;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * No two section headings get the same GitHub anchor, nor one of the anchors the README generates
 * itself ({@code #contents}, {@code #contributing}, the title's). GitHub would suffix the second with
 * {@code -1}, so links written by hand to the first land on the wrong section. Year-group headings, which
 * repeat by design, are not sections and are not checked.
 */
public final class HeadingCollisionRule implements Rule {

    @Override
    public String id() {
        return "heading-collision";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No two headings share a GitHub anchor.";
    }

    @Override
    public Check begin(ListIndex list, Findings findings) {
        return Rule.atEnd(() -> check(list, findings));
    }

    private static void check(ListIndex list, Findings findings) {
        Map<String, String> taken = new HashMap<>();
        taken.put(GithubSlugger.slugOnce(list.list().title().strip()), "the list's title");
        taken.put("contents", "the generated Contents heading");
        if (!list.list().contributing().isEmpty()) {
            taken.put("contributing", "the Contributing heading");
        }
        for (ListIndex.SectionRef ref : list.sections()) {
            String anchor = GithubSlugger.slugOnce(ref.section().title().strip());
            String earlier = taken.putIfAbsent(
                    anchor,
                    "section " + ref.element().path() + " (" + ref.element().location() + ")");
            if (earlier != null) {
                findings.report(
                        ref.element(),
                        "the heading's anchor #" + anchor + " is also that of " + earlier + "; rename one of them");
            }
        }
    }
}

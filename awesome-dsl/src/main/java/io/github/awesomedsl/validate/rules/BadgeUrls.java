package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.Badge;
import io.github.awesomedsl.validate.Findings;
import io.github.awesomedsl.validate.ListIndex;
import java.util.function.Function;

/** The badges' image and target URLs, which the URL rules check like every other link of the list. */
final class BadgeUrls {

    private BadgeUrls() {}

    /** Reports each badge URL {@code problem} finds something wrong with. */
    static void check(ListIndex list, Findings findings, Function<String, String> problem) {
        for (Badge badge : list.list().badges()) {
            String image = problem.apply(badge.imageUrl());
            if (image != null) {
                findings.report(list.listElement(), "badge image " + image);
            }
            String target = problem.apply(badge.targetUrl());
            if (target != null) {
                findings.report(list.listElement(), "badge target " + target);
            }
        }
    }
}

package io.github.awesomedsl.model;

import io.github.awesomedsl.internal.DslFrame;
import java.util.Objects;

/**
 * A validator finding that is accepted on purpose, with the reason written down: {@code
 * .suppress("duplicate-url", "Chatcad and Chatcad+ are two papers of one repository")}.
 *
 * <p>It silences the rule on the element it is declared on, and only there. A suppression that
 * silences nothing is itself reported ({@code unused-suppression}), so stale ones do not pile up.
 *
 * @param ruleId the id of the rule to silence ({@code duplicate-url})
 * @param reason why the finding is right to ignore; required
 * @param location the {@code suppress(…)} call
 */
@DslFrame
public record Suppression(String ruleId, String reason, SourceLocation location) {

    public Suppression {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        if (!ruleId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException(
                    "suppress(\"" + ruleId + "\", …): a rule id is kebab-case, like \"duplicate-url\"");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException(
                    "suppress(\"" + ruleId + "\", …) needs a reason: say why the finding is right to ignore");
        }
    }

    /** A suppression declared at the caller's line. */
    public static Suppression of(String ruleId, String reason) {
        return new Suppression(ruleId, reason, SourceLocations.capture());
    }
}

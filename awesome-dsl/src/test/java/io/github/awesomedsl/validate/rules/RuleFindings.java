package io.github.awesomedsl.validate.rules;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.validate.Diagnostic;
import io.github.awesomedsl.validate.Rule;
import io.github.awesomedsl.validate.Validator;
import java.util.List;

/** Runs one rule alone, with suppressions honoured and unused ones reported, as the engine does. */
final class RuleFindings {

    private RuleFindings() {}

    static List<Diagnostic> of(Rule rule, AwesomeList list) {
        return Validator.of(List.of(rule)).validate(list).diagnostics();
    }

    /** The messages of {@link #of}, as {@code path: message}. */
    static List<String> messages(Rule rule, AwesomeList list) {
        return of(rule, list).stream()
                .map(d -> d.ruleId() + " " + d.path() + ": " + d.message())
                .toList();
    }
}

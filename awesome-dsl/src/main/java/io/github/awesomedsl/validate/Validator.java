package io.github.awesomedsl.validate;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.model.Suppression;
import io.github.awesomedsl.validate.rules.BadgeRule;
import io.github.awesomedsl.validate.rules.BlankTextRule;
import io.github.awesomedsl.validate.rules.ControlCharactersRule;
import io.github.awesomedsl.validate.rules.DescriptionStyleRule;
import io.github.awesomedsl.validate.rules.DuplicateRowRule;
import io.github.awesomedsl.validate.rules.DuplicateTitleRule;
import io.github.awesomedsl.validate.rules.DuplicateUrlRule;
import io.github.awesomedsl.validate.rules.EmptySectionRule;
import io.github.awesomedsl.validate.rules.HeadingCollisionRule;
import io.github.awesomedsl.validate.rules.InPageLinkRule;
import io.github.awesomedsl.validate.rules.InsecureUrlRule;
import io.github.awesomedsl.validate.rules.MissingVenueRule;
import io.github.awesomedsl.validate.rules.PlainHttpRule;
import io.github.awesomedsl.validate.rules.RepeatedNameRule;
import io.github.awesomedsl.validate.rules.SpellingRule;
import io.github.awesomedsl.validate.rules.SuspiciousUrlRule;
import io.github.awesomedsl.validate.rules.TitleCaseRule;
import io.github.awesomedsl.validate.rules.UrlSyntaxRule;
import io.github.awesomedsl.validate.rules.YearMismatchRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules over a list and collects every finding (no fail-fast), in a deterministic order: by
 * source file and line, then rule id, then message.
 *
 * <p>A finding on an element that {@linkplain Suppression suppresses} its rule is dropped. A
 * suppression that drops nothing is reported as {@value #UNUSED_SUPPRESSION}, a finding of the engine
 * itself whose severity (default: warning) is configured like any rule's.
 *
 * <p>Immutable: {@link #withSeverity(String, String)} returns a reconfigured copy.
 */
public final class Validator {

    /** The id of the engine's own finding: a suppression that silences nothing. */
    public static final String UNUSED_SUPPRESSION = "unused-suppression";

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(
                    (Diagnostic d) -> d.location().fileName())
            .thenComparingInt(d -> d.location().line())
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::path);

    private final Map<String, Rule> rules;
    /** Configured severity per rule id (and {@value #UNUSED_SUPPRESSION}); empty turns it off. */
    private final Map<String, Optional<Severity>> severities;

    private Validator(Map<String, Rule> rules, Map<String, Optional<Severity>> severities) {
        this.rules = rules;
        this.severities = severities;
    }

    /** The built-in rules, in the order they run. */
    public static List<Rule> defaultRules() {
        return List.of(
                new TitleCaseRule(),
                new BadgeRule(),
                new EmptySectionRule(),
                new HeadingCollisionRule(),
                new BlankTextRule(),
                new ControlCharactersRule(),
                new DescriptionStyleRule(),
                new RepeatedNameRule(),
                new SpellingRule(),
                new UrlSyntaxRule(),
                new SuspiciousUrlRule(),
                new InPageLinkRule(),
                new InsecureUrlRule(),
                new PlainHttpRule(),
                new DuplicateUrlRule(),
                new DuplicateTitleRule(),
                new DuplicateRowRule(),
                new YearMismatchRule(),
                new MissingVenueRule());
    }

    /** A validator with the built-in rules at their default severities. */
    public static Validator withDefaultRules() {
        return of(defaultRules());
    }

    public static Validator of(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.putIfAbsent(rule.id(), rule) != null || rule.id().equals(UNUSED_SUPPRESSION)) {
                throw new IllegalArgumentException("two rules have the id " + rule.id());
            }
            severities.put(rule.id(), rule.enabledByDefault() ? Optional.of(rule.defaultSeverity()) : Optional.empty());
        }
        severities.put(UNUSED_SUPPRESSION, Optional.of(Severity.WARNING));
        return new Validator(byId, severities);
    }

    /** The rules, in the order they run. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** The configured severity of a rule (or of {@value #UNUSED_SUPPRESSION}); empty when it is off. */
    public Optional<Severity> severity(String ruleId) {
        Optional<Severity> severity = severities.get(ruleId);
        if (severity == null) {
            throw new IllegalArgumentException("unknown rule \"" + ruleId + "\"; the rules are " + severities.keySet());
        }
        return severity;
    }

    /**
     * This validator with the rule {@code ruleId} at {@code severity} ({@code error}, {@code warning},
     * {@code info}), turned {@code off}, or {@code on} at its default severity (for a rule off by default).
     *
     * @throws IllegalArgumentException for an unknown rule or severity, naming the known ones
     */
    public Validator withSeverity(String ruleId, String severity) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        if (!severities.containsKey(ruleId)) {
            throw new IllegalArgumentException("unknown rule \"" + ruleId + "\"; the rules are " + severities.keySet());
        }
        Map<String, Optional<Severity>> copy = new LinkedHashMap<>(severities);
        copy.put(
                ruleId,
                severity.strip().equalsIgnoreCase("off")
                        ? Optional.empty()
                        : severity.strip().equalsIgnoreCase("on") && rules.containsKey(ruleId)
                                ? Optional.of(rules.get(ruleId).defaultSeverity())
                                : Optional.of(Severity.parse(severity)));
        return new Validator(rules, copy);
    }

    /**
     * Every finding of every enabled rule on {@code list}. The list is indexed in slices, each checked by
     * all rules right after it is indexed, so it is read from memory once; on a large list the rules'
     * checks run on several threads (each check on one at a time). The sort makes the result the same
     * either way.
     */
    public ValidationReport validate(AwesomeList list) {
        ListIndex index = ListIndex.planned(list, ListIndex.SLICE_PARTS);
        return validate(index, index.isLarge());
    }

    /** Every finding on {@code list} cut in slices of {@code sliceParts}, checked in parallel or in turn. */
    ValidationReport validate(AwesomeList list, int sliceParts, boolean parallel) {
        return validate(ListIndex.planned(list, sliceParts), parallel);
    }

    private ValidationReport validate(ListIndex index, boolean parallel) {
        Set<Suppression> used = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        List<Run> runs = rules.values().stream()
                .filter(rule -> severities.get(rule.id()).isPresent())
                .map(rule -> new Run(rule, severities.get(rule.id()).orElseThrow(), index, used))
                .toList();
        CheckRunner.run(index, runs.stream().map(run -> run.check).toList(), parallel ? CheckRunner.workers() : 1);
        (parallel ? runs.parallelStream() : runs.stream()).forEach(run -> run.check.end());
        List<Diagnostic> diagnostics = new ArrayList<>();
        runs.forEach(run -> diagnostics.addAll(run.found));
        severities.get(UNUSED_SUPPRESSION).ifPresent(severity -> reportUnused(index, used, severity, diagnostics));
        diagnostics.sort(ORDER);
        return new ValidationReport(diagnostics);
    }

    /** One enabled rule's check of one list and what it found, suppressed findings dropped. */
    private static final class Run implements Findings {
        private final String ruleId;
        private final Severity severity;
        private final Set<Suppression> used;
        private final List<Diagnostic> found = new ArrayList<>();
        private final Rule.Check check;

        Run(Rule rule, Severity severity, ListIndex index, Set<Suppression> used) {
            this.ruleId = rule.id();
            this.severity = severity;
            this.used = used;
            this.check = rule.begin(index, this);
        }

        @Override
        public void report(ListIndex.Element element, String message) {
            // a suppression covers its element and everything in it: a section's, its entries and rows
            for (ListIndex.Element at = element; at != null; at = at.parent()) {
                for (Suppression suppression : at.suppressions()) {
                    if (suppression.ruleId().equals(ruleId)) {
                        used.add(suppression);
                        return;
                    }
                }
            }
            Diagnostic diagnostic = new Diagnostic(ruleId, severity, message, element.path(), element.location());
            synchronized (found) {
                found.add(diagnostic);
            }
        }
    }

    private void reportUnused(ListIndex index, Set<Suppression> used, Severity severity, List<Diagnostic> out) {
        for (ListIndex.Element element : index.suppressingElements()) {
            for (Suppression suppression : element.suppressions()) {
                String message;
                if (!rules.containsKey(suppression.ruleId())) {
                    message = "suppress(\"" + suppression.ruleId() + "\", …) names no rule; the rules are "
                            + rules.keySet();
                } else if (severities.get(suppression.ruleId()).isPresent() && !used.contains(suppression)) {
                    message = "suppress(\"" + suppression.ruleId() + "\", …) silences nothing here any more; remove it";
                } else {
                    continue;
                }
                out.add(new Diagnostic(UNUSED_SUPPRESSION, severity, message, element.path(), suppression.location()));
            }
        }
    }
}

package io.github.awesomedsl.validate;

import io.github.awesomedsl.model.AwesomeList;
import io.github.awesomedsl.validate.rules.DuplicateUrlRule;
import io.github.awesomedsl.validate.rules.EmptySectionRule;
import io.github.awesomedsl.validate.rules.UrlSyntaxRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the rules over a list and collects every finding (no fail-fast), in a deterministic order: by
 * source file and line, then rule id.
 *
 * <p>Immutable: {@link #withSeverity(String, String)} returns a reconfigured copy.
 */
public final class Validator {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.location().fileName())
          .thenComparingInt(d -> d.location().line())
          .thenComparing(Diagnostic::ruleId);

  private final Map<String, Rule> rules;
  /** Configured severity per rule id; an empty Optional turns the rule off. */
  private final Map<String, Optional<Severity>> severities;

  private Validator(Map<String, Rule> rules, Map<String, Optional<Severity>> severities) {
    this.rules = rules;
    this.severities = severities;
  }

  /** The built-in rules, in the order they run. */
  public static List<Rule> defaultRules() {
    return List.of(new EmptySectionRule(), new UrlSyntaxRule(), new DuplicateUrlRule());
  }

  /** A validator with the built-in rules at their default severities. */
  public static Validator withDefaultRules() {
    return of(defaultRules());
  }

  public static Validator of(List<Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.putIfAbsent(rule.id(), rule) != null) {
        throw new IllegalArgumentException("two rules have the id " + rule.id());
      }
      severities.put(rule.id(), Optional.of(rule.defaultSeverity()));
    }
    return new Validator(byId, severities);
  }

  /** The rules, in the order they run. */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * This validator with the rule {@code ruleId} at {@code severity} ({@code error}, {@code warning},
   * {@code info}) or turned {@code off}.
   *
   * @throws IllegalArgumentException for an unknown rule or severity, naming the known ones
   */
  public Validator withSeverity(String ruleId, String severity) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    if (!rules.containsKey(ruleId)) {
      throw new IllegalArgumentException("unknown rule \"" + ruleId + "\"; the rules are " + rules.keySet());
    }
    Map<String, Optional<Severity>> copy = new LinkedHashMap<>(severities);
    copy.put(ruleId, severity.strip().equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Severity.parse(severity)));
    return new Validator(rules, copy);
  }

  /** Every finding of every enabled rule on {@code list}. */
  public ValidationReport validate(AwesomeList list) {
    ListIndex index = ListIndex.of(list);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Rule rule : rules.values()) {
      Optional<Severity> severity = severities.get(rule.id());
      if (severity.isPresent()) {
        rule.check(index, (message, path, location) ->
            diagnostics.add(new Diagnostic(rule.id(), severity.get(), message, path, location)));
      }
    }
    diagnostics.sort(ORDER);
    return new ValidationReport(diagnostics);
  }
}

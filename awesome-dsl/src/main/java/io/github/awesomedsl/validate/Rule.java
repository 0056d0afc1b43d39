package io.github.awesomedsl.validate;

/**
 * One check of a list. Implementations are small final classes named as a demand, with a stable
 * kebab-case {@link #id()}, a default severity, and messages that say how to fix what they find.
 */
public interface Rule {

  /** The stable id used in reports and configuration ({@code duplicate-url}). */
  String id();

  Severity defaultSeverity();

  /** One sentence: what the rule demands. */
  String description();

  /** Reports every finding on {@code list} to {@code findings}. */
  void check(ListIndex list, Findings findings);
}

package io.github.awesomedsl.validate;

/**
 * Where a rule reports what it finds. The validator adds the rule's id and configured severity, and
 * drops the finding when the element suppresses the rule.
 */
@FunctionalInterface
public interface Findings {

    /** A finding on {@code element}: {@code message} says what is wrong and how to fix it. */
    void report(ListIndex.Element element, String message);
}

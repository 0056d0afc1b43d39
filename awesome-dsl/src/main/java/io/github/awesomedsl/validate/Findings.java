package io.github.awesomedsl.validate;

import io.github.awesomedsl.model.SourceLocation;

/** Where a rule reports what it finds; the validator adds the rule's id and configured severity. */
@FunctionalInterface
public interface Findings {

  void report(String message, String path, SourceLocation location);
}

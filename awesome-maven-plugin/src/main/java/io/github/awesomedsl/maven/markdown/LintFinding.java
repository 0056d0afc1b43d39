package io.github.awesomedsl.maven.markdown;

import io.github.awesomedsl.validate.Severity;

/**
 * A finding of awesome:lint, at a place of the Markdown file.
 *
 * @param ruleId the rule's id
 * @param severity how much it matters
 * @param line 1-based line
 * @param column 1-based column (1 when only the line is known)
 * @param message what is wrong and how to fix it
 */
public record LintFinding(String ruleId, Severity severity, int line, int column, String message) {

    /** {@code README.md:12:5 (toc-anchor) message} */
    public String format(String file) {
        return file + ":" + line + ":" + column + " (" + ruleId + ") " + message;
    }
}

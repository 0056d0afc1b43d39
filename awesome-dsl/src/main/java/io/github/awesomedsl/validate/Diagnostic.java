package io.github.awesomedsl.validate;

import io.github.awesomedsl.model.SourceLocation;
import java.util.Objects;

/**
 * One finding of the validator.
 *
 * @param ruleId the stable kebab-case id of the rule ({@code duplicate-url})
 * @param severity how much it matters, after configuration
 * @param message what is wrong and how to fix it
 * @param path the human route to the element ({@code Methods › LFM methods › MedCPT})
 * @param location the DSL call of the element
 */
public record Diagnostic(String ruleId, Severity severity, String message, String path, SourceLocation location) {

    public Diagnostic {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
    }

    /** javac's form: {@code HealthcareList.java:[42] (duplicate-url) Methods › MedCPT: message}. */
    public String format() {
        String where = location.isKnown() ? location.fileName() + ":[" + location.line() + "] " : "";
        return where + "(" + ruleId + ") " + (path.isEmpty() ? "" : path + ": ") + message;
    }

    @Override
    public String toString() {
        return severity.label() + ": " + format();
    }
}

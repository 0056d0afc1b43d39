package io.github.awesomedsl.validate;

import java.util.Locale;

/** How much a finding matters: errors fail the build, warnings fail it with {@code failOnWarning}. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** {@code error}, {@code warning}, {@code info}: the form used in configuration and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning}, {@code info} (any case). */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(text.strip())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity \"" + text + "\"; use error, warning, info or off");
    }
}

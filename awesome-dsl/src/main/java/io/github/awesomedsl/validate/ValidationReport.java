package io.github.awesomedsl.validate;

import java.util.List;

/**
 * The findings of one validation, in deterministic order.
 *
 * @param diagnostics every finding
 */
public record ValidationReport(List<Diagnostic> diagnostics) {

    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** {@code 1 error, 2 warnings, 0 infos}. */
    public String summary() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + plural(count(Severity.INFO), "info");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

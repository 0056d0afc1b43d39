package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * Where a DSL call was written: the class that made it, its source file name and line.
 *
 * <p>Recorded by every factory of the DSL ({@code entry(…)}, {@code section(…)}, {@code row(…)}, …) so
 * that a diagnostic can point at the line to fix, as a compiler would.
 *
 * @param className binary name of the class that made the call, or {@code ""} when unknown
 * @param fileName source file name as recorded by javac ({@code HealthcareList.java}), or {@code ""}
 * @param line 1-based line number, or {@code 0} when unknown
 */
public record SourceLocation(String className, String fileName, int line) {

    /** The location of something that was not declared through the DSL (e.g. built by a tool). */
    public static final SourceLocation UNKNOWN = new SourceLocation("", "", 0);

    public SourceLocation {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(fileName, "fileName");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static SourceLocation of(String className, String fileName, int line) {
        return new SourceLocation(className, fileName, line);
    }

    public boolean isKnown() {
        return line > 0 && !fileName.isEmpty();
    }

    /**
     * The path of the source file relative to a source root, derived from the package of
     * {@link #className()} ({@code com/example/HealthcareList.java}); empty when unknown.
     */
    public String relativePath() {
        if (fileName.isEmpty()) {
            return "";
        }
        int lastDot = className.lastIndexOf('.');
        return lastDot < 0 ? fileName : className.substring(0, lastDot).replace('.', '/') + '/' + fileName;
    }

    /** {@code HealthcareList.java:42}, javac's way of naming a line; {@code <unknown>} when not known. */
    @Override
    public String toString() {
        return isKnown() ? fileName + ':' + line : "<unknown>";
    }
}

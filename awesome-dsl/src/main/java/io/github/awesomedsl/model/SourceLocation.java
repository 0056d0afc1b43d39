package io.github.awesomedsl.model;

import java.util.Objects;

/**
 * Where a DSL call was written: the class that made it, its source file name and line.
 *
 * <p>Recorded by every factory of the DSL ({@code entry(…)}, {@code section(…)}, {@code row(…)}, …) so
 * that a diagnostic can point at the line to fix, as a compiler would. A location the DSL recorded keeps
 * the stack frame it was found in, and looks up the file and line in it when first asked: most are never
 * asked (only a finding's is), and the lookup was a third of what recording cost in a build's fresh JVM.
 * A value: two locations are equal when their class, file and line are.
 */
public final class SourceLocation {

    /** The location of something that was not declared through the DSL (e.g. built by a tool). */
    public static final SourceLocation UNKNOWN = new SourceLocation("", "", 0);

    private final String className;

    /** The frame to read the file and line from, until they are read; then null. */
    private volatile StackWalker.StackFrame frame;

    private String fileName;
    private int line;

    /**
     * @param className binary name of the class that made the call, or {@code ""} when unknown
     * @param fileName source file name as recorded by javac ({@code HealthcareList.java}), or {@code ""}
     * @param line 1-based line number, or {@code 0} when unknown
     */
    public SourceLocation(String className, String fileName, int line) {
        this.className = Objects.requireNonNull(className, "className");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        this.line = line;
    }

    /** The location of {@code frame}, read from it when first asked. */
    SourceLocation(StackWalker.StackFrame frame) {
        this.className = frame.getClassName();
        this.frame = frame;
    }

    public static SourceLocation of(String className, String fileName, int line) {
        return new SourceLocation(className, fileName, line);
    }

    /** Binary name of the class that made the call, or {@code ""} when unknown. */
    public String className() {
        return className;
    }

    /** Source file name as recorded by javac ({@code HealthcareList.java}), or {@code ""}. */
    public String fileName() {
        resolve();
        return fileName;
    }

    /** 1-based line number, or {@code 0} when unknown. */
    public int line() {
        resolve();
        return line;
    }

    /**
     * Reads the file and line from the frame, once. Threads that ask at the same time may both read them,
     * and write the same values; the volatile write of {@code frame} after them publishes both.
     */
    private void resolve() {
        StackWalker.StackFrame from = frame;
        if (from != null) {
            String file = from.getFileName();
            fileName = file == null ? "" : file;
            line = Math.max(from.getLineNumber(), 0);
            frame = null;
        }
    }

    public boolean isKnown() {
        return line() > 0 && !fileName().isEmpty();
    }

    /**
     * The path of the source file relative to a source root, derived from the package of
     * {@link #className()} ({@code com/example/HealthcareList.java}); empty when unknown.
     */
    public String relativePath() {
        String file = fileName();
        if (file.isEmpty()) {
            return "";
        }
        int lastDot = className.lastIndexOf('.');
        return lastDot < 0 ? file : className.substring(0, lastDot).replace('.', '/') + '/' + file;
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof SourceLocation that
                        && className.equals(that.className)
                        && fileName().equals(that.fileName())
                        && line() == that.line();
    }

    @Override
    public int hashCode() {
        return Objects.hash(className, fileName(), line());
    }

    /** {@code HealthcareList.java:42}, javac's way of naming a line; {@code <unknown>} when not known. */
    @Override
    public String toString() {
        return isKnown() ? fileName() + ':' + line() : "<unknown>";
    }
}

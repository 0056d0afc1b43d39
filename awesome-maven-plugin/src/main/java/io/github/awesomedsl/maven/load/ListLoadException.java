package io.github.awesomedsl.maven.load;

/**
 * The list could not be loaded. The message says what went wrong and how to fix it; the cause, if
 * any, is the underlying exception (shown by Maven with {@code -e}).
 */
public final class ListLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ListLoadException(String message) {
        super(message);
    }

    public ListLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

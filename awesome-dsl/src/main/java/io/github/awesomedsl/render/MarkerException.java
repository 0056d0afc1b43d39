package io.github.awesomedsl.render;

/** A README's markers are missing, repeated or out of order; nothing has been written. */
public final class MarkerException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MarkerException(String message) {
        super(message);
    }
}

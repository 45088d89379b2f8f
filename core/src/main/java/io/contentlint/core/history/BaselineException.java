package io.contentlint.core.history;

/** A baseline file that cannot be read or is not a contentlint baseline: a one-line reason. */
public final class BaselineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }
}

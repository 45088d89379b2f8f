package io.contentlint.cli;

/** A problem the user can fix (a bad path, an option that makes no sense): one line, exit 2. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}

package io.contentlint.core.git;

/** git is missing, the folder is not in a repository, or a ref names no commit: a one-line reason for the user. */
public final class GitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}

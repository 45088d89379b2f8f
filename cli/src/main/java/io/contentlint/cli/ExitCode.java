package io.contentlint.cli;

/** The exit codes scripts rely on. */
final class ExitCode {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    /** Usage, configuration or internal error: never confused with "findings". */
    static final int ERROR = 2;

    private ExitCode() {
    }
}

package io.contentlint.maven;

import io.contentlint.core.report.Severity;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code failOn} parameter: the words of the CLI's {@code --fail-on}, as a severity threshold. */
final class FailOn {
    private FailOn() {
    }

    /** {@code error} and {@code warning} are thresholds; {@code never} is {@link Severity#OFF}, which nothing reaches. */
    static Severity parse(String value) throws MojoExecutionException {
        return switch (value == null ? "" : value.trim()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "never" -> Severity.OFF;
            default -> throw new MojoExecutionException("contentlint: unknown failOn \"" + value
                    + "\"; use error, warning or never");
        };
    }
}

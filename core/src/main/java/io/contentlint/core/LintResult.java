package io.contentlint.core;

import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Severity;
import java.time.Duration;
import java.util.List;

/**
 * What a run found: findings sorted by file, line, column and rule; how many files were checked;
 * warnings about the run itself (a collection glob matching nothing); and the exceptions behind
 * {@code internal-error} findings, for {@code --debug}.
 */
public record LintResult(List<Finding> findings, int filesChecked, List<String> warnings,
        List<Failure> failures, Duration elapsed) {

    /** A rule that threw on a file. */
    public record Failure(String path, String rule, Throwable error) {
    }

    public LintResult {
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        failures = List.copyOf(failures);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long filesWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }

    /** True when some finding is at or above the threshold ({@code OFF}: never). */
    public boolean fails(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}

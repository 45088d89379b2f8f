package io.contentlint.core.report;

import java.util.Comparator;
import java.util.Optional;

/**
 * One problem at one place. {@code path} is relative to the repository root with {@code /}
 * separators; line and column are 1-based, the column counting Unicode code points.
 */
public record Finding(
        String rule,
        Severity severity,
        String path,
        int line,
        int column,
        String message,
        String suggestion,
        Fix fix) {

    /** The order every report uses: file, line, column, rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Optional<String> suggestionIfAny() {
        return Optional.ofNullable(suggestion);
    }

    public Optional<Fix> fixIfAny() {
        return Optional.ofNullable(fix);
    }
}

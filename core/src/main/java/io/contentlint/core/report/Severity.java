package io.contentlint.core.report;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters; {@code OFF} only appears in configuration, never on a finding. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    /** The lower-case name used in configuration, reports and messages. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /** True when a finding of this severity reaches the given threshold. */
    public boolean atLeast(Severity threshold) {
        return threshold != OFF && this != OFF && ordinal() <= threshold.ordinal();
    }
}

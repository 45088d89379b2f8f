package io.contentlint.core.report;

/**
 * An exact repair: replace the characters {@code [start, end)} of the decoded text with
 * {@code replacement}. Only repairs that are certain become a Fix; anything needing judgement is
 * a suggestion. {@code sourceFingerprint} (see {@code fix.Fingerprint}), when not null, is the
 * SHA-256 of the bytes the fix was computed from: {@code --fix} refuses a file that changed since.
 * A fix may cover the whole text of a file that is not UTF-8 (converting a legacy code page); the
 * fixer then rewrites every byte, and otherwise only the bytes of the range.
 */
public record Fix(int start, int end, String replacement, String sourceFingerprint) {
    public Fix {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad fix range " + start + ".." + end);
        }
    }

    public Fix(int start, int end, String replacement) {
        this(start, end, replacement, null);
    }
}

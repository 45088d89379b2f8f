package io.contentlint.core.report;

/**
 * An exact repair: replace the characters {@code [start, end)} of the decoded text with
 * {@code replacement}. Only repairs that are certain become a Fix; anything needing judgement is
 * a suggestion.
 */
public record Fix(int start, int end, String replacement) {
    public Fix {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad fix range " + start + ".." + end);
        }
    }
}

package io.contentlint.core.rules;

/** Text quoted in a message, cut short when long: a 1 MB line of mojibake must not become a 1 MB message. */
final class Quote {
    private static final int MAX_CODE_POINTS = 60;

    private Quote() {
    }

    static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_CODE_POINTS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_CODE_POINTS - 1)) + "…";
    }
}

package io.contentlint.core.testing;

import io.contentlint.core.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding a fixture file announces on the line it is about:
 * {@code <!-- expect: internal-link -->} in Markdown, {@code # expect: frontmatter-schema} in YAML.
 * Optional parts: {@code @LINE} for a finding on another line ({@code expect@1: yaml-syntax}),
 * {@code :COLUMN} after the rule, and the exact message in double quotes.
 */
public record Expectation(String path, int line, String rule, Integer column, String message) {
    private static final Pattern MARK = Pattern.compile(
            "expect(?:@(\\d+))?:\\s*([a-z0-9-]+)(?::(\\d+))?(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?");

    public boolean matches(Finding finding) {
        return finding.path().equals(path) && finding.line() == line && finding.rule().equals(rule)
                && (column == null || column == finding.column())
                && (message == null || message.equals(finding.message()));
    }

    /** Every mark in a file's text. */
    public static List<Expectation> scan(String path, String text) {
        List<Expectation> result = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains("expect")) {
                continue;
            }
            Matcher m = MARK.matcher(lines[i]);
            while (m.find()) {
                int line = m.group(1) != null ? Integer.parseInt(m.group(1)) : i + 1;
                Integer column = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
                String message = m.group(4) != null ? m.group(4).replace("\\\"", "\"").replace("\\\\", "\\") : null;
                result.add(new Expectation(path, line, m.group(2), column, message));
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return path + ":" + line + (column != null ? ":" + column : "") + " [" + rule + "]"
                + (message != null ? " \"" + message + "\"" : "");
    }
}

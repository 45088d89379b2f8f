package io.contentlint.core.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Inline opt-outs for the rare justified case: {@code <!-- contentlint-disable-next-line rule -->}
 * in Markdown silences the next line, {@code # contentlint-disable-line rule} in front matter its
 * own line. Without a rule id, every rule is silenced there.
 */
public final class Suppressions {
    private static final String NEXT_LINE = "contentlint-disable-next-line";
    private static final String SAME_LINE = "contentlint-disable-line";
    private static final String ALL = "*";
    private static final Suppressions NONE = new Suppressions(Map.of());

    private final Map<Integer, Set<String>> rulesByLine;

    private Suppressions(Map<Integer, Set<String>> rulesByLine) {
        this.rulesByLine = rulesByLine;
    }

    public static Suppressions none() {
        return NONE;
    }

    public static Suppressions scan(String text, LineIndex lines, int frontMatterEndLine) {
        if (!text.contains("contentlint-disable")) {
            return NONE;
        }
        Map<Integer, Set<String>> byLine = new HashMap<>();
        for (int line = 1; line <= lines.lineCount(); line++) {
            String content = lines.lineText(line);
            if (!content.contains("contentlint-disable")) {
                continue;
            }
            Optional<String> next = directive(content, "<!--", NEXT_LINE, "-->");
            if (next.isPresent()) {
                add(byLine, line + 1, next.get());
            }
            Optional<String> same = line <= frontMatterEndLine ? directive(content, "#", SAME_LINE, null) : Optional.empty();
            if (same.isPresent()) {
                add(byLine, line, same.get());
            }
        }
        return new Suppressions(Map.copyOf(byLine));
    }

    /**
     * The rule ids of the first {@code opener keyword ids closer} on the line ({@code closer} null:
     * up to the end of the line), ids separated by white space. Read by hand, not with a regular
     * expression: {@code ((?:\\s+[a-z0-9-]+)*)} recurses once per id in java.util.regex, and a
     * line with 100,000 ids overflowed the stack.
     */
    private static Optional<String> directive(String line, String opener, String keyword, String closer) {
        // each text is scanned once: the closer found for one opener serves the openers before it
        int closerAt = -2;
        for (int at = line.indexOf(opener); at >= 0; at = line.indexOf(opener, at + 1)) {
            int i = skipSpace(line, at + opener.length());
            if (!line.startsWith(keyword, i)) {
                continue;
            }
            int idsStart = i + keyword.length();
            int idsEnd = line.length();
            if (closer != null) {
                if (closerAt != -1 && closerAt < idsStart) {
                    closerAt = line.indexOf(closer, idsStart);
                }
                if (closerAt == -1) {
                    return Optional.empty();
                }
                idsEnd = closerAt;
            }
            // stops at the first character that is not an id or a space, at the latest the next opener
            if (validIds(line, idsStart, idsEnd)) {
                return Optional.of(line.substring(idsStart, idsEnd));
            }
        }
        return Optional.empty();
    }

    /** Empty, or white space then ids of {@code [a-z0-9-]} separated by white space. */
    private static boolean validIds(String line, int start, int end) {
        if (start < end && !isSpace(line.charAt(start))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (!isSpace(c) && !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(String line, int from) {
        int i = from;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** What {@code \\s} matches in java.util.regex. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public boolean isSuppressed(String rule, int line) {
        Set<String> rules = rulesByLine.get(line);
        return rules != null && (rules.contains(ALL) || rules.contains(rule));
    }

    private static void add(Map<Integer, Set<String>> byLine, int line, String ids) {
        Set<String> rules = byLine.computeIfAbsent(line, l -> new HashSet<>());
        String trimmed = ids.trim();
        if (trimmed.isEmpty()) {
            rules.add(ALL);
        } else {
            rules.addAll(java.util.List.of(trimmed.split("\\s+")));
        }
    }
}

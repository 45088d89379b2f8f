package io.contentlint.core.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline opt-outs for the rare justified case: {@code <!-- contentlint-disable-next-line rule -->}
 * in Markdown silences the next line, {@code # contentlint-disable-line rule} in front matter its
 * own line. Without a rule id, every rule is silenced there.
 */
public final class Suppressions {
    private static final Pattern NEXT_LINE = Pattern.compile("<!--\\s*contentlint-disable-next-line((?:\\s+[a-z0-9-]+)*)\\s*-->");
    private static final Pattern SAME_LINE = Pattern.compile("#\\s*contentlint-disable-line((?:\\s+[a-z0-9-]+)*)\\s*$");
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
            Matcher next = NEXT_LINE.matcher(content);
            if (next.find()) {
                add(byLine, line + 1, next.group(1));
            }
            Matcher same = SAME_LINE.matcher(content);
            if (line <= frontMatterEndLine && same.find()) {
                add(byLine, line, same.group(1));
            }
        }
        return new Suppressions(Map.copyOf(byLine));
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

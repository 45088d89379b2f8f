package io.contentlint.core.source;

import io.contentlint.core.config.Limits;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Splits the front matter from a text and composes it with SnakeYAML Engine. Composing (not
 * constructing) keeps every node's position and never instantiates anything a tag names.
 * The YAML 1.2 core schema matches the site: {@code no} and {@code on} stay strings.
 */
public final class FrontMatterReader {
    private final LoadSettings settings;
    private final BoundedYaml composer;

    public FrontMatterReader(Limits limits) {
        this.settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.yamlMaxAliases())
                .setCodePointLimit(limits.yamlMaxCodePoints())
                .setLabel("front matter")
                .build();
        this.composer = new BoundedYaml(settings, limits.yamlMaxDepth());
    }

    public FrontMatter read(String text) {
        return read(text, new LineIndex(text));
    }

    /**
     * Walks the line starts the reader already has: looking for each line break again, a charAt
     * per character of the front matter, was 15% of this method's samples at x100 (issue 9).
     */
    public FrontMatter read(String text, LineIndex lines) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (!isDelimiter(text, start, "---")) {
            return FrontMatter.absent();
        }
        int lineCount = lines.lineCount();
        int contentStart = lineCount >= 2 ? lines.lineStart(2) : text.length();
        for (int line = 2; line <= lineCount; line++) {
            int lineStart = lines.lineStart(line);
            if (lineStart >= text.length()) {
                break;
            }
            if (isDelimiter(text, lineStart, "---") || isDelimiter(text, lineStart, "...")) {
                int bodyStart = line < lineCount ? lines.lineStart(line + 1) : text.length();
                return compose(text, contentStart, lineStart, bodyStart);
            }
        }
        return new FrontMatter(FrontMatter.Status.UNTERMINATED, contentStart, text.length(), text.length(), 2, null, null);
    }

    private FrontMatter compose(String text, int contentStart, int contentEnd, int bodyStart) {
        String yaml = text.substring(contentStart, contentEnd);
        try {
            Node root = composer.compose(yaml).map(CompactNodes::copy).orElse(null);
            return new FrontMatter(FrontMatter.Status.PRESENT, contentStart, contentEnd, bodyStart, 2, root, null);
        } catch (YamlEngineException e) {
            YamlError error = unclosedQuoteBefore(yaml, describe(e)).orElseGet(() -> describe(e));
            return new FrontMatter(FrontMatter.Status.PRESENT, contentStart, contentEnd, bodyStart, 2, null, error);
        }
    }

    /** Turns a parser exception into an editor's message: the place, and what to do about it. */
    static YamlError describe(YamlEngineException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof YamlBoundException bound) {
            return new YamlError(bound.kind(), bound.mark().map(FrontMatterReader::position).orElse(new Position(2, 1)), List.of());
        }
        if (e instanceof MarkedYamlEngineException marked) {
            String problem = String.valueOf(marked.getProblem());
            String context = String.valueOf(marked.getContext());
            Position at = marked.getProblemMark().map(FrontMatterReader::position).orElse(new Position(2, 1));
            Optional<Position> contextAt = marked.getContextMark().map(FrontMatterReader::position);
            if (context.contains("quoted scalar") && problem.contains("end of stream") && contextAt.isPresent()) {
                return new YamlError(YamlError.Kind.UNCLOSED_QUOTE, contextAt.get(),
                        List.of(String.valueOf(contextAt.get().line())));
            }
            if (problem.contains("\\t(TAB)") || problem.contains("'\t'")) {
                return new YamlError(YamlError.Kind.TAB_INDENT, at, List.of());
            }
            if (problem.contains("mapping values are not allowed")) {
                return new YamlError(YamlError.Kind.COLON_IN_VALUE, at, List.of());
            }
            if (problem.contains("expected <block end>") || problem.contains("bad indentation")) {
                return new YamlError(YamlError.Kind.BAD_INDENT, at, List.of());
            }
            return new YamlError(YamlError.Kind.OTHER, at, List.of(firstSentence(context, problem)));
        }
        if (message.contains("aliases")) {
            return new YamlError(YamlError.Kind.TOO_MANY_ALIASES, new Position(2, 1), List.of());
        }
        // SnakeYAML Engine 3.2: "The incoming YAML document exceeds the limit: 1000000 code points."
        if (message.contains("code point limit") || message.contains("codepoint") || message.contains("exceeds the limit")) {
            return new YamlError(YamlError.Kind.TOO_LARGE, new Position(2, 1), List.of());
        }
        if (message.toLowerCase().contains("nesting depth")) {
            return new YamlError(YamlError.Kind.TOO_DEEP, new Position(2, 1), List.of());
        }
        return new YamlError(YamlError.Kind.OTHER, new Position(2, 1), List.of(firstSentence("", message)));
    }

    /**
     * A quoted value left open usually swallows the lines after it until some later quote, and the
     * parser complains far below (`title: "API X` on line 3, error on line 13). When the YAML is
     * invalid anyway, a value that opens a quote it never closes on its own line, at or before the
     * reported line, is the real culprit.
     */
    static Optional<YamlError> unclosedQuoteBefore(String yaml, YamlError reported) {
        if (reported.kind() == YamlError.Kind.UNCLOSED_QUOTE) {
            return Optional.empty();
        }
        String[] lines = yaml.split("\\r\\n|\\r|\\n", -1);
        int lastLine = Math.min(lines.length, reported.position().line() - 1);
        for (int i = 0; i < lastLine; i++) {
            String line = lines[i];
            int valueStart = quotedValueStart(line);
            if (valueStart >= 0 && !closes(line, valueStart)) {
                int fileLine = i + 2;
                return Optional.of(new YamlError(YamlError.Kind.UNCLOSED_QUOTE,
                        new Position(fileLine, line.codePointCount(0, valueStart) + 1), List.of(String.valueOf(fileLine))));
            }
        }
        return Optional.empty();
    }

    /** Index of the quote opening a value (`key: "...` or `- '...`), or -1. */
    private static int quotedValueStart(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#")) {
            return -1;
        }
        int colon = line.indexOf(": ");
        int candidate;
        if (trimmed.startsWith("- ")) {
            candidate = line.indexOf("- ") + 2;
        } else if (colon > 0) {
            candidate = colon + 2;
        } else {
            return -1;
        }
        while (candidate < line.length() && line.charAt(candidate) == ' ') {
            candidate++;
        }
        return candidate < line.length() && (line.charAt(candidate) == '"' || line.charAt(candidate) == '\'') ? candidate : -1;
    }

    private static boolean closes(String line, int open) {
        char quote = line.charAt(open);
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstSentence(String context, String problem) {
        String text = (context.isBlank() || "null".equals(context) ? "" : context + ": ") + problem;
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 2, mark.getColumn() + 1);
    }

    private static boolean isDelimiter(String text, int lineStart, String delimiter) {
        if (!text.startsWith(delimiter, lineStart)) {
            return false;
        }
        int i = lineStart + delimiter.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }
}

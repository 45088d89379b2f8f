package io.contentlint.core.links;

import io.contentlint.core.source.FrontMatter;
import io.contentlint.core.source.LineIndex;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Rebuilds the text of a YAML scalar from the file, remembering where each character came from,
 * so that Markdown parsed out of a front matter field reports file lines and columns.
 * <ul>
 * <li>{@code |} and {@code >} block scalars: the lines after the indicator, less their
 * indentation (line = first content line + offset, column + indentation). A folded scalar is
 * kept line by line: to Markdown a line break inside a paragraph is a space anyway.</li>
 * <li>quoted and plain scalars: the characters between the quotes, continuation lines less their
 * leading blanks, with {@code \"} and {@code ''} read as the quote they stand for (an
 * {@code href=\"...\"} in a double-quoted value is an ordinary attribute once read).</li>
 * </ul>
 * Built from the source rather than from SnakeYAML's value because the value no longer knows
 * where its characters were. The indentation of a block is that of its first non-blank line (an
 * explicit indicator such as {@code |2} is rare in front matter; a more indented first line would
 * only shift columns, never lose a link).
 */
public final class ScalarText {
    private ScalarText() {
    }

    public static MappedText of(ScalarNode node, FrontMatter frontMatter, LineIndex lines, String text) {
        Mark start = node.getStartMark().orElse(null);
        Mark end = node.getEndMark().orElse(null);
        if (start == null || end == null) {
            return new MappedText("", new int[0]);
        }
        int startLine = start.getLine() + frontMatter.firstContentLine();
        int endLine = end.getLine() + frontMatter.firstContentLine();
        int from = lines.offset(startLine, start.getColumn() + 1);
        int to = Math.max(from, lines.offset(endLine, end.getColumn() + 1));
        ScalarStyle style = node.getScalarStyle();
        if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            int lastLine = end.getColumn() == 0 ? endLine - 1 : endLine;
            return block(lines, text, startLine + 1, Math.min(lastLine, lines.lineCount()));
        }
        if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
            return flow(text, from + 1, Math.max(from + 1, to - 1), style);
        }
        return flow(text, from, to, style);
    }

    private static MappedText block(LineIndex lines, String text, int firstLine, int lastLine) {
        int indent = -1;
        for (int line = firstLine; line <= lastLine && indent < 0; line++) {
            String content = lines.lineText(line);
            if (!content.isBlank()) {
                indent = leadingSpaces(content);
            }
        }
        MappedText.Builder out = new MappedText.Builder();
        if (indent < 0) {
            return out.build();
        }
        for (int line = firstLine; line <= lastLine; line++) {
            int lineStart = lines.lineStart(line);
            int lineEnd = lines.lineEnd(line);
            for (int i = lineStart + Math.min(indent, lineEnd - lineStart); i < lineEnd; i++) {
                out.append(text.charAt(i), i);
            }
            out.append('\n', lineEnd);
        }
        return out.build();
    }

    private static MappedText flow(String text, int from, int to, ScalarStyle style) {
        MappedText.Builder out = new MappedText.Builder();
        boolean lineStart = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append('\n', i);
                lineStart = true;
                continue;
            }
            if (lineStart && (c == ' ' || c == '\t')) {
                continue;
            }
            lineStart = false;
            if (style == ScalarStyle.SINGLE_QUOTED && c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                out.append('\'', i);
                i++;
            } else if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\' && i + 1 < to) {
                i = escape(text, i, to, out);
            } else {
                out.append(c, i);
            }
        }
        return out.build();
    }

    /** Reads the escape at {@code i} (a backslash); returns the offset of its last character. */
    private static int escape(String text, int i, int to, MappedText.Builder out) {
        char next = text.charAt(i + 1);
        switch (next) {
            case 'n' -> out.append('\n', i);
            case 't' -> out.append('\t', i);
            case '"', '\\', '/', ' ' -> out.append(next, i + 1);
            case '\r', '\n' -> {
                return i; // an escaped line break: the break that follows is kept, Markdown reads it as a space
            }
            case 'x', 'u', 'U' -> {
                int digits = next == 'x' ? 2 : next == 'u' ? 4 : 8;
                if (i + 2 + digits <= to) {
                    try {
                        int codePoint = Integer.parseInt(text, i + 2, i + 2 + digits, 16);
                        for (char ch : Character.toChars(codePoint)) {
                            out.append(ch, i);
                        }
                        return i + 1 + digits;
                    } catch (IllegalArgumentException e) {
                        out.append('\\', i);
                        return i;
                    }
                }
                out.append('\\', i);
                return i;
            }
            default -> {
                out.append('\\', i);
                out.append(next, i + 1);
            }
        }
        return i + 1;
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}

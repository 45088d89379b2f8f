package io.contentlint.core.source;

import java.util.Arrays;

/**
 * Maps offsets in a text to lines and columns. LF, CRLF and a lone CR each end a line: files
 * saved by old Mac editors use CR alone, and a reported line must match what the editor shows.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;
    /**
     * Offsets of the low halves of surrogate pairs, ascending. A column is a count of code points,
     * and counting them char by char from the line start made each position cost the line's
     * length: 200,000 findings on a 4 MB one-line file took hours. With this list a column is a
     * subtraction and a binary search; it is empty for most pages (no emoji).
     */
    private final int[] pairEnds;

    public LineIndex(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.pairEnds = pairEnds(text);
    }

    /**
     * Jumps from break to break with {@code indexOf}, which reads the string's own array: the
     * launcher runs C1 only, where a {@code charAt} per character of a UTF-16 string (any page
     * with a ’) pays a bounds check in a call of its own ({@code StringUTF16.checkIndex} was 15%
     * of the samples of a 27,800-file run, mostly from per-character passes like this one).
     */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        while (lf >= 0 || cr >= 0) {
            // the next break is the nearer of the two; a CR directly followed by LF is one break
            int end = cr < 0 || (lf >= 0 && lf < cr) || lf == cr + 1 ? lf : cr;
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = end + 1;
            if (lf >= 0 && lf <= end) {
                lf = text.indexOf('\n', end + 1);
            }
            if (cr >= 0 && cr <= end) {
                cr = text.indexOf('\r', end + 1);
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] pairEnds(String text) {
        // codePointCount counts a high surrogate followed by a low one as one, the pairs listed here;
        // it costs nothing on a Latin-1 string and is a tight loop on the others
        int pairs = text.length() - text.codePointCount(0, text.length());
        if (pairs == 0) {
            return new int[0];
        }
        int[] ends = new int[pairs];
        int count = 0;
        char[] chars = text.toCharArray();
        for (int i = 1; i < chars.length; i++) {
            if (Character.isLowSurrogate(chars[i]) && Character.isHighSurrogate(chars[i - 1])) {
                ends[count++] = i;
                i++;
            }
        }
        return ends;
    }

    /** Same as {@code text.codePointCount(from, to)}, in logarithmic time. */
    private int codePointCount(int from, int to) {
        // a pair counts as one code point when both halves lie in [from, to): its low half is in [from + 1, to)
        return (to - from) - (insertionPoint(to) - insertionPoint(from + 1));
    }

    private int insertionPoint(int offset) {
        int index = Arrays.binarySearch(pairEnds, offset);
        return index >= 0 ? index : -index - 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return (index >= 0 ? index : -index - 2) + 1;
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        int start = lineStarts[line - 1];
        return new Position(line, (clamped > start ? codePointCount(start, clamped) : 0) + 1);
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** Offset just past the last character of a 1-based line, before its line break. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Offset of a 1-based line and code-point column; columns past the line end stop at its end. */
    public int offset(int line, int column) {
        int start = lineStart(line);
        int end = lineEnd(line);
        int offset = start;
        for (int col = 1; col < column && offset < end; col++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }
}

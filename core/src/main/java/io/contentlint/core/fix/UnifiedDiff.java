package io.contentlint.core.fix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code git apply} and {@code patch -p1} read it) between a file's bytes and
 * the bytes {@code --fix} would write. Encoding fixes never add or remove a line, so lines are
 * compared pairwise between the common head and tail; when the counts differ, the middle is one
 * replaced block. Lines are shown decoded as UTF-8 (a legacy byte shows as U+FFFD).
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(String path, byte[] before, byte[] after) {
        List<String> a = lines(new String(before, StandardCharsets.UTF_8));
        List<String> b = lines(new String(after, StandardCharsets.UTF_8));
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        if (head == a.size() && head == b.size()) {
            return "";
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        // changed blocks as {aStart, aEnd, bStart, bEnd}
        List<int[]> blocks = new ArrayList<>();
        if (a.size() - tail - head == b.size() - tail - head) {
            for (int i = head; i < a.size() - tail; i++) {
                if (!a.get(i).equals(b.get(i))) {
                    int[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                    if (last != null && last[1] == i) {
                        last[1] = i + 1;
                        last[3] = i + 1;
                    } else {
                        blocks.add(new int[] {i, i + 1, i, i + 1});
                    }
                }
            }
        } else {
            blocks.add(new int[] {head, a.size() - tail, head, b.size() - tail});
        }
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int first = 0;
        while (first < blocks.size()) {
            int last = first;
            while (last + 1 < blocks.size() && blocks.get(last + 1)[0] - blocks.get(last)[1] <= 2 * CONTEXT) {
                last++;
            }
            hunk(out, a, b, blocks.subList(first, last + 1));
            first = last + 1;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<String> a, List<String> b, List<int[]> blocks) {
        int aFrom = Math.max(0, blocks.get(0)[0] - CONTEXT);
        int bFrom = Math.max(0, blocks.get(0)[2] - CONTEXT);
        int[] lastBlock = blocks.get(blocks.size() - 1);
        int aTo = Math.min(a.size(), lastBlock[1] + CONTEXT);
        int bTo = Math.min(b.size(), lastBlock[3] + CONTEXT);
        out.append("@@ -").append(range(aFrom, aTo - aFrom)).append(" +").append(range(bFrom, bTo - bFrom)).append(" @@\n");
        int ai = aFrom;
        for (int[] block : blocks) {
            for (; ai < block[0]; ai++) {
                line(out, ' ', a.get(ai));
            }
            for (int i = block[0]; i < block[1]; i++) {
                line(out, '-', a.get(i));
            }
            for (int i = block[2]; i < block[3]; i++) {
                line(out, '+', b.get(i));
            }
            ai = block[1];
        }
        for (; ai < aTo; ai++) {
            line(out, ' ', a.get(ai));
        }
    }

    private static String range(int from, int count) {
        return count == 0 ? from + ",0" : (from + 1) + "," + count;
    }

    private static void line(StringBuilder out, char mark, String line) {
        out.append(mark).append(line);
        if (!line.endsWith("\n") && !line.endsWith("\r")) {
            out.append("\n\\ No newline at end of file\n");
        } else if (line.endsWith("\r")) {
            out.append('\n');
        }
    }

    /** Lines with their terminators (LF, CRLF or a lone CR), so a changed line ending shows. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}

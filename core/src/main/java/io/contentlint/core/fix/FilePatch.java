package io.contentlint.core.fix;

import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Fix;
import io.contentlint.core.source.DecodedText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The exact fixes of one file applied to its bytes: every byte outside a fix is copied as it was
 * (line endings, stray bytes and all), each fix's range becomes its replacement in UTF-8. Fixes
 * that overlap an earlier one are left for a later run. A pure function over bytes.
 */
public record FilePatch(byte[] before, byte[] after, List<Finding> applied, List<Finding> overlapping) {

    public FilePatch {
        applied = List.copyOf(applied);
        overlapping = List.copyOf(overlapping);
    }

    public boolean changes() {
        return !java.util.Arrays.equals(before, after);
    }

    /** Applies the fixes of {@code findings} (those without a fix are ignored) to {@code bytes}. */
    public static FilePatch apply(byte[] bytes, List<Finding> findings) {
        DecodedText decoded = DecodedText.decode(bytes);
        List<Finding> fixable = new ArrayList<>(findings.stream().filter(f -> f.fix() != null).toList());
        fixable.sort(Comparator.comparingInt((Finding f) -> f.fix().start()).thenComparingInt(f -> f.fix().end()));
        List<Finding> applied = new ArrayList<>();
        List<Finding> overlapping = new ArrayList<>();
        int reached = 0;
        for (Finding finding : fixable) {
            Fix fix = finding.fix();
            if (fix.start() < reached || fix.end() > decoded.text().length()) {
                overlapping.add(finding);
            } else {
                applied.add(finding);
                reached = Math.max(fix.end(), fix.start() == fix.end() ? fix.end() + 1 : fix.end());
            }
        }
        int[] boundaries = new int[applied.size() * 2];
        for (int i = 0; i < applied.size(); i++) {
            boundaries[2 * i] = applied.get(i).fix().start();
            boundaries[2 * i + 1] = applied.get(i).fix().end();
        }
        int[] byteOffsets = byteOffsets(decoded, boundaries);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        int copied = 0;
        for (int i = 0; i < applied.size(); i++) {
            out.write(bytes, copied, byteOffsets[2 * i] - copied);
            out.writeBytes(applied.get(i).fix().replacement().getBytes(StandardCharsets.UTF_8));
            copied = byteOffsets[2 * i + 1];
        }
        out.write(bytes, copied, bytes.length - copied);
        return new FilePatch(bytes, out.toByteArray(), applied, overlapping);
    }

    /**
     * Byte offsets of ascending character offsets of the decoded text, in one pass: a character
     * takes its UTF-8 length, a surrogate pair four bytes, and the U+FFFD standing for a malformed
     * run the run's length.
     */
    static int[] byteOffsets(DecodedText decoded, int[] charOffsets) {
        String text = decoded.text();
        List<DecodedText.MalformedRun> runs = decoded.malformed();
        int[] result = new int[charOffsets.length];
        int next = 0;
        int run = 0;
        int bytePosition = 0;
        int i = 0;
        while (next < charOffsets.length) {
            while (next < charOffsets.length && charOffsets[next] <= i) {
                result[next++] = bytePosition;
            }
            if (i >= text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (run < runs.size() && runs.get(run).charOffset() == i) {
                bytePosition += runs.get(run).length();
                run++;
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytePosition += 4;
                i += 2;
            } else {
                bytePosition += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                i++;
            }
        }
        while (next < charOffsets.length) {
            result[next++] = bytePosition;
        }
        return result;
    }
}

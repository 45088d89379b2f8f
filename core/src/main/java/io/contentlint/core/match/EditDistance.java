package io.contentlint.core.match;

import java.util.Arrays;

/**
 * Levenshtein distance with a bound: only the diagonal band {@code |i - j| <= bound} is computed
 * and the computation stops once a whole row exceeds the bound, so comparing a title against a
 * far longer or unrelated one costs a few cells, not the full product of their lengths.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b}, or {@code bound + 1} once it is known to exceed {@code bound}. */
    public static int atMost(String a, String b, int bound) {
        return banded(a, b, bound, false);
    }

    /**
     * Like {@link #atMost}, but swapping two adjacent characters is one edit, not two (the
     * "optimal string alignment" distance): {@code godo} is one typo away from {@code good}.
     */
    public static int withSwapsAtMost(String a, String b, int bound) {
        return banded(a, b, bound, true);
    }

    private static int banded(String a, String b, int bound, boolean swaps) {
        if (bound < 0) {
            throw new IllegalArgumentException("negative bound " + bound);
        }
        int n = a.length();
        int m = b.length();
        int over = bound + 1;
        if (Math.abs(n - m) > bound) {
            return over;
        }
        int[] beforePrevious = new int[m + 2];
        int[] previous = new int[m + 2];
        int[] current = new int[m + 2];
        Arrays.fill(beforePrevious, over);
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= bound ? j : over;
        }
        previous[m + 1] = over;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - bound);
            int to = Math.min(m, i + bound);
            current[0] = i <= bound ? i : over;
            current[from - 1] = from == 1 ? current[0] : over;
            int rowMinimum = current[from - 1];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int cell = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
                if (swaps && i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    cell = Math.min(cell, beforePrevious[j - 2] + 1);
                }
                current[j] = Math.min(cell, over);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            // The next row reads one cell past this row's band: it must read "too far", not a stale value.
            current[to + 1] = over;
            if (rowMinimum > bound) {
                return over;
            }
            int[] swap = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[m], over);
    }
}

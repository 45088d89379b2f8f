package io.contentlint.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.atMost("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(EditDistance.atMost("", "abc", 5)).isEqualTo(3);
        assertThat(EditDistance.atMost("abc", "abc", 0)).isZero();
        assertThat(EditDistance.atMost("mesr", "mesri", 1)).isEqualTo(1);
        assertThat(EditDistance.atMost("ab", "ba", 3)).isEqualTo(2);
    }

    @Test
    void stopsAtTheBound() {
        assertThat(EditDistance.atMost("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(EditDistance.atMost("a", "abcdef", 2)).isEqualTo(3);
        assertThat(EditDistance.atMost("abcdef", "uvwxyz", 1)).isEqualTo(2);
    }

    @Test
    void rejectsANegativeBound() {
        assertThatThrownBy(() -> EditDistance.atMost("a", "b", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The banded computation must agree with the plain full-table definition for every bound. */
    @Test
    void agreesWithTheFullTableOnRandomText() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            String a = randomText(random);
            String b = randomText(random);
            int exact = fullTable(a, b);
            for (int bound = 0; bound <= 8; bound++) {
                assertThat(EditDistance.atMost(a, b, bound)).as("%s / %s within %d", a, b, bound)
                        .isEqualTo(Math.min(exact, bound + 1));
            }
        }
    }

    @Test
    void countsASwapOfNeighboursAsOneEditWhenAsked() {
        assertThat(EditDistance.withSwapsAtMost("godo", "good", 3)).isEqualTo(1);
        assertThat(EditDistance.atMost("godo", "good", 3)).isEqualTo(2);
        assertThat(EditDistance.withSwapsAtMost("ca", "abc", 5)).isEqualTo(3);
        assertThat(EditDistance.withSwapsAtMost("dinmu", "dinum", 0)).isEqualTo(1);
    }

    @Test
    void swapsAgreeWithTheFullTableOnRandomText() {
        Random random = new Random(43);
        for (int round = 0; round < 2000; round++) {
            String a = randomText(random);
            String b = randomText(random);
            int exact = fullTableWithSwaps(a, b);
            for (int bound = 0; bound <= 8; bound++) {
                assertThat(EditDistance.withSwapsAtMost(a, b, bound)).as("%s / %s within %d", a, b, bound)
                        .isEqualTo(Math.min(exact, bound + 1));
            }
        }
    }

    private static int fullTableWithSwaps(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(3)));
        }
        return text.toString();
    }

    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                } else {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

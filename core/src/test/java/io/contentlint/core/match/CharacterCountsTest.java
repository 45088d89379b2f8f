package io.contentlint.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharacterCountsTest {

    @Test
    void neitherBoundEverExceedsTheDistance() {
        Random random = new Random(9);
        String alphabet = "abcé-\u00c0\u2019A@" + (char) ('a' + 64);   // 'a' and 'a' + 64 share a bucket
        for (int round = 0; round < 20_000; round++) {
            String a = randomText(random, alphabet);
            String b = randomText(random, alphabet);
            int distance = EditDistance.withSwapsAtMost(a, b, 40);
            CharacterCounts countsA = CharacterCounts.of(a);
            CharacterCounts countsB = CharacterCounts.of(b);
            assertThat(countsA.lowerBound(countsB)).as("%s / %s", a, b).isLessThanOrEqualTo(distance);
            assertThat(countsA.quickLowerBound(countsB)).as("%s / %s", a, b)
                    .isLessThanOrEqualTo(countsA.lowerBound(countsB));
            assertThat(countsB.lowerBound(countsA)).isEqualTo(countsA.lowerBound(countsB));
        }
    }

    @Test
    void theLowerBoundCountsSurplusCharacters() {
        assertThat(bound("godo", "good")).isZero();
        assertThat(bound("kitten", "sitting")).isEqualTo(3);
        assertThat(bound("abc", "")).isEqualTo(3);
        assertThat(bound("aab", "abb")).isEqualTo(1);
    }

    @Test
    void theQuickBoundCountsCharactersOnlyOneSideHas() {
        assertThat(CharacterCounts.of("abc").quickLowerBound(CharacterCounts.of("xyz"))).isEqualTo(3);
        assertThat(CharacterCounts.of("aab").quickLowerBound(CharacterCounts.of("abb"))).isZero();
        assertThat(CharacterCounts.of("abcd").quickLowerBound(CharacterCounts.of("ab"))).isEqualTo(2);
    }

    private static int bound(String a, String b) {
        return CharacterCounts.of(a).lowerBound(CharacterCounts.of(b));
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}

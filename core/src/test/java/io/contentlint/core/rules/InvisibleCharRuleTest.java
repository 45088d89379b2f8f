package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.encoding.InvisibleCharacters;
import org.junit.jupiter.api.Test;

class InvisibleCharRuleTest {

    @Test
    void thePreCheckPassesEveryCodePointTheRuleCanFlag() {
        int[] neighbours = {-1, 'a', ' ', 0x1F600, 0x0628, 0x2764};
        int flagged = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            boolean flaggable = false;
            for (int before : neighbours) {
                for (int after : neighbours) {
                    flaggable |= InvisibleCharacters.classify(cp, before, after, 1) != InvisibleCharacters.Kind.NONE;
                }
            }
            if (flaggable) {
                flagged++;
                String text = "x" + Character.toString(cp) + "y";
                assertThat(InvisibleCharRule.mayHoldInvisible(text.toCharArray()))
                        .as("U+%04X", cp).isTrue();
            }
        }
        assertThat(flagged).isGreaterThan(60);
    }

    @Test
    void plainFrenchTextAndALeadingBomSkipTheWalk() {
        String text = "\uFEFF---\ntitle: Été\n---\n« Voilà », l’API coûte 0 € ; à 10\u202Fh\u00A0: 😀 — fin…\r\n\t";
        assertThat(InvisibleCharRule.mayHoldInvisible(text.toCharArray())).isFalse();
        assertThat(InvisibleCharRule.mayHoldInvisible("a\uFEFF".toCharArray())).isTrue();
        assertThat(InvisibleCharRule.mayHoldInvisible("a\u200B".toCharArray())).isTrue();
        assertThat(InvisibleCharRule.mayHoldInvisible("\u200A\u2010\u2029\u206A\uFE10".toCharArray())).isFalse();
    }
}

package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedTextTest {

    @Test
    void validUtf8DecodesWithoutMalformedRuns() {
        DecodedText decoded = DecodedText.decode("Découvrez l’API".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo("Découvrez l’API");
        assertThat(decoded.isValidUtf8()).isTrue();
    }

    @Test
    void eachMalformedRunBecomesOneReplacementCharacterAndIsRemembered() {
        byte[] bytes = {'a', (byte) 0xE9, 'b', (byte) 0xC3, 'c'};

        DecodedText decoded = DecodedText.decode(bytes);

        assertThat(decoded.text()).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(decoded.malformed()).containsExactly(
                new DecodedText.MalformedRun(1, 1, 1), new DecodedText.MalformedRun(3, 1, 3));
        assertThat(decoded.isDecodingReplacement(1)).isTrue();
    }

    @Test
    void aRealReplacementCharacterIsNotADecodingFailure() {
        DecodedText decoded = DecodedText.decode("x\uFFFDy".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.isValidUtf8()).isTrue();
        assertThat(decoded.isDecodingReplacement(1)).isFalse();
    }
}

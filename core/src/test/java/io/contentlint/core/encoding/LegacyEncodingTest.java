package io.contentlint.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {
    private static final String FRENCH = "Découvrez les API dédiées à l’authentification : accès, sécurité, santé, « déjà » vu.\n";

    private static CodePage guess(String text, String charset) {
        return LegacyEncoding.guess(text.getBytes(Charset.forName(charset))).orElseThrow().page();
    }

    @Test
    void namesThePageTheTextWasSavedIn() {
        assertThat(guess(FRENCH, "windows-1252")).isEqualTo(CodePage.WINDOWS_1252);
        assertThat(guess(FRENCH, "x-MacRoman")).isEqualTo(CodePage.MAC_ROMAN);
        assertThat(guess("Çalışkan öğrenciler için güzel bir şehir: İstanbul, Muğla, Şırnak.\n", "windows-1254"))
                .isEqualTo(CodePage.WINDOWS_1254);
        assertThat(guess("Příliš žluťoučký kůň úpěl ďábelské ódy; Zażółć gęślą jaźń.\n", "windows-1250"))
                .isEqualTo(CodePage.WINDOWS_1250);
    }

    @Test
    void convertsExactlyWhenEveryByteHasACharacter() {
        LegacyEncoding.Guess guess = LegacyEncoding.guess(FRENCH.getBytes(Charset.forName("windows-1252"))).orElseThrow();
        assertThat(guess.convertible()).isTrue();
        assertThat(guess.converted()).isEqualTo(FRENCH);
        // French in Windows-1252 with a byte 81, which Windows-1252 leaves undefined
        byte[] french = FRENCH.getBytes(Charset.forName("windows-1252"));
        byte[] withUndefined = java.util.Arrays.copyOf(french, french.length + 1);
        withUndefined[french.length] = (byte) 0x81;
        LegacyEncoding.Guess unconvertible = LegacyEncoding.guess(withUndefined).orElseThrow();
        assertThat(unconvertible.page()).isEqualTo(CodePage.WINDOWS_1252);
        assertThat(unconvertible.convertible()).isFalse();
    }

    @Test
    void utf8AndAsciiAreNotLegacy() {
        assertThat(LegacyEncoding.guess(FRENCH.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(LegacyEncoding.guess("plain ASCII\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }
}

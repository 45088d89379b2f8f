package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryContentTest {
    private static final String FRENCH = "---\ntitle: Été à la découverte des données\n---\n"
            + "Les données sont publiées chaque année ; voir la procédure détaillée, déjà éprouvée.\n";

    @Test
    void utf8AndWindows1252TextAreText() {
        assertThat(BinaryContent.looksBinary(FRENCH.repeat(50).getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(BinaryContent.looksBinary(FRENCH.repeat(50).getBytes(Charset.forName("windows-1252")))).isFalse();
        assertThat(BinaryContent.looksBinary(new byte[0])).isFalse();
    }

    @Test
    void aNulByteMakesAFileBinary() {
        assertThat(BinaryContent.looksBinary("abc\0def".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(BinaryContent.looksBinary("---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_16LE))).isTrue();
    }

    @Test
    void randomBytesWithoutNulAreBinary() {
        byte[] bytes = new byte[8192];
        new Random(1).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }

        assertThat(BinaryContent.looksBinary(bytes)).isTrue();
    }

    @Test
    void aUtf8SequenceCutByTheEndOfTheSampleIsNotCountedAgainstTheFile() {
        byte[] bytes = ("a".repeat(8191) + "é").getBytes(StandardCharsets.UTF_8);

        assertThat(BinaryContent.looksBinary(bytes)).isFalse();
    }

    @Test
    void wellFormedUtf8IsWhatTheDecoderCountsNoMalformedByteIn() {
        // every two-byte sample, and three-byte ones over the bytes where the rules change
        for (int first = 0; first < 256; first++) {
            for (int second = 0; second < 256; second++) {
                byte[] bytes = {(byte) first, (byte) second};
                for (int limit = 1; limit <= 2; limit++) {
                    if (BinaryContent.wellFormedUtf8(bytes, limit)) {
                        assertThat(BinaryContent.malformedBytes(bytes, limit)).as("%02X %02X", first, second).isZero();
                    }
                }
            }
        }
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED,
            0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
        for (int a : edges) {
            for (int b : edges) {
                for (int c : edges) {
                    for (int d : edges) {
                        byte[] bytes = {(byte) a, (byte) b, (byte) c, (byte) d};
                        boolean strictlyValid = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes),
                                java.nio.CharBuffer.allocate(5), true).isUnderflow();
                        for (int limit = 1; limit <= 4; limit++) {
                            if (BinaryContent.wellFormedUtf8(bytes, limit)) {
                                assertThat(BinaryContent.malformedBytes(bytes, limit))
                                        .as("%02X %02X %02X %02X, %d", a, b, c, d, limit).isZero();
                            }
                        }
                        if (strictlyValid) {
                            assertThat(BinaryContent.wellFormedUtf8(bytes, 4)).as("%02X %02X %02X %02X", a, b, c, d).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void aSampleWithMalformedBytesIsStillCounted() {
        byte[] bytes = new byte[90];
        java.util.Arrays.fill(bytes, (byte) 0xE9);
        for (int i = 0; i < 60; i++) {
            bytes[i] = 'a';
        }

        assertThat(BinaryContent.wellFormedUtf8(bytes, bytes.length)).isFalse();
        assertThat(BinaryContent.looksBinary(bytes)).isFalse();
        assertThat(BinaryContent.looksBinary(java.util.Arrays.copyOfRange(bytes, 50, 90))).isTrue();
    }
}

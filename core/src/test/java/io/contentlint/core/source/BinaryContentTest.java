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
}

package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFileTest {

    @Test
    void validUtf8GivesBackTheBytesItWasReadFrom() {
        byte[] bytes = "\uFEFF---\ntitle: Été 😀\r\n---\n« l’API »\u0000\n".getBytes(StandardCharsets.UTF_8);
        SourceFile source = SourceFile.of("_data/a.md", bytes);

        assertThat(source.decoded().isValidUtf8()).isTrue();
        assertThat(source.bytes()).isEqualTo(bytes).isNotSameAs(bytes);
    }

    @Test
    void bytesThatAreNotUtf8AreKeptAsRead() {
        byte[] bytes = {'a', (byte) 0xE9, 't', (byte) 0xE9, '\n'};   // "été" saved as Windows-1252
        SourceFile source = SourceFile.of("_data/a.md", bytes);

        assertThat(source.text()).isEqualTo("a\uFFFDt\uFFFD\n");
        assertThat(source.bytes()).isSameAs(bytes);
    }
}

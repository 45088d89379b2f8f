package io.contentlint.core.source;

import java.nio.charset.StandardCharsets;

/**
 * One file as read from disk: its repo-relative path ({@code /} separators), the text its bytes
 * decode to and the line index of that text. The bytes themselves are kept only when they are
 * not valid UTF-8: valid UTF-8 decodes losslessly, so its bytes are the text encoded again. Every
 * document stays alive until the rules have run, and at x100 (87 MB of pages) the kept bytes were
 * 87 MB of heap that only the encoding rules and {@code --fix} ever read (issue 9).
 */
public final class SourceFile {
    private final String path;
    private final byte[] undecodableBytes;
    private final DecodedText decoded;
    private final LineIndex lines;

    private SourceFile(String path, byte[] undecodableBytes, DecodedText decoded, LineIndex lines) {
        this.path = path;
        this.undecodableBytes = undecodableBytes;
        this.decoded = decoded;
        this.lines = lines;
    }

    public static SourceFile of(String path, byte[] bytes) {
        DecodedText decoded = DecodedText.decode(bytes);
        return new SourceFile(path, decoded.isValidUtf8() ? null : bytes, decoded, new LineIndex(decoded.text()));
    }

    public String path() {
        return path;
    }

    /** The file's bytes as read (a new array when they are encoded again from the text). */
    public byte[] bytes() {
        return undecodableBytes != null ? undecodableBytes : text().getBytes(StandardCharsets.UTF_8);
    }

    public DecodedText decoded() {
        return decoded;
    }

    public LineIndex lines() {
        return lines;
    }

    public String text() {
        return decoded.text();
    }

    public Position position(int offset) {
        return lines.position(offset);
    }
}

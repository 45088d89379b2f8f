package io.contentlint.core.source;

/**
 * One file as read from disk: its repo-relative path ({@code /} separators), its bytes, the text
 * they decode to and the line index of that text.
 */
public record SourceFile(String path, byte[] bytes, DecodedText decoded, LineIndex lines) {

    public static SourceFile of(String path, byte[] bytes) {
        DecodedText decoded = DecodedText.decode(bytes);
        return new SourceFile(path, bytes, decoded, new LineIndex(decoded.text()));
    }

    public String text() {
        return decoded.text();
    }

    public Position position(int offset) {
        return lines.position(offset);
    }
}

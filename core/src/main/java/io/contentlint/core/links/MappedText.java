package io.contentlint.core.links;

import java.util.Arrays;

/**
 * Text taken out of a file and rebuilt (a YAML scalar's value), with, for each of its characters,
 * the offset in the file's text of the character it came from: a position found in the value is
 * then a position in the file.
 */
public record MappedText(String text, int[] fileOffsets) {

    public MappedText {
        if (text.length() != fileOffsets.length) {
            throw new IllegalArgumentException("one file offset per character is needed");
        }
        fileOffsets = fileOffsets.clone();
    }

    /** The file offset of character {@code index}; past the end, the offset after the last character. */
    public int fileOffset(int index) {
        if (fileOffsets.length == 0) {
            return 0;
        }
        if (index < 0) {
            return fileOffsets[0];
        }
        return index < fileOffsets.length ? fileOffsets[index] : fileOffsets[fileOffsets.length - 1] + 1;
    }

    /** Accumulates characters with their file offsets. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];

        Builder append(char c, int fileOffset) {
            if (text.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[text.length()] = fileOffset;
            text.append(c);
            return this;
        }

        int length() {
            return text.length();
        }

        MappedText build() {
            return new MappedText(text.toString(), Arrays.copyOf(offsets, text.length()));
        }
    }
}

package io.contentlint.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells a binary file (an image saved as {@code .md}, UTF-16 text, random bytes) from text,
 * looking at its first 8 KB only. Such a file gets one finding, not thousands of encoding ones.
 */
final class BinaryContent {
    private static final int SAMPLE = 8192;

    private BinaryContent() {
    }

    /**
     * A NUL byte never occurs in text a person wrote in UTF-8 or a legacy code page. Without one,
     * a sample that is more than a third control characters and bytes that are not UTF-8 is not
     * text either; text saved in Windows-1252 stays far below (a French page has a few percent of
     * non-ASCII letters), so the encoding rules still see it.
     */
    static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                control++;
            }
        }
        return limit > 0 && (control + (wellFormedUtf8(bytes, limit) ? 0 : malformedBytes(bytes, limit))) * 3 > limit;
    }

    /**
     * Bytes {@code [0, limit)} are well-formed UTF-8 (Unicode table 3-7: no overlong form, no
     * surrogate, nothing past U+10FFFF), a sequence cut by the limit included when it is
     * well-formed so far. Then the decoder would count no malformed byte: the usual case, checked
     * at array speed, where the decoder costs an object, a buffer and a call per character. Any
     * doubt (a false) goes to the decoder, which counts.
     */
    static boolean wellFormedUtf8(byte[] bytes, int limit) {
        int i = 0;
        while (i < limit) {
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int need;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                need = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                need = 2;
                low = lead == 0xE0 ? 0xA0 : low;
                high = lead == 0xED ? 0x9F : high;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                need = 3;
                low = lead == 0xF0 ? 0x90 : low;
                high = lead == 0xF4 ? 0x8F : high;
            } else {
                return false;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= limit) {
                    return true;
                }
                int next = bytes[i + k] & 0xFF;
                if (next < low || next > high) {
                    return false;
                }
                low = 0x80;
                high = 0xBF;
            }
            i += need + 1;
        }
        return true;
    }

    static int malformedBytes(byte[] bytes, int limit) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, limit);
        CharBuffer out = CharBuffer.allocate(limit + 1);
        int malformed = 0;
        while (true) {
            // end of input false: a sequence cut by the end of the sample is not counted
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                malformed += result.length();
                in.position(in.position() + result.length());
            } else {
                return malformed;
            }
        }
    }
}

package io.contentlint.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's bytes decoded as strict UTF-8. Each malformed byte run becomes one U+FFFD in the text
 * and is remembered, so the encoding rules can tell a decoding failure from a U+FFFD that the
 * file really contains.
 */
public record DecodedText(String text, List<MalformedRun> malformed) {

    /** Bytes {@code [byteOffset, byteOffset + length)} were not UTF-8; they sit at {@code charOffset} in the text. */
    public record MalformedRun(int byteOffset, int length, int charOffset) {
    }

    public DecodedText {
        malformed = List.copyOf(malformed);
    }

    public boolean isValidUtf8() {
        return malformed.isEmpty();
    }

    public boolean isDecodingReplacement(int charOffset) {
        // runs are in text order: a binary search keeps a file of a million stray bytes linear to check
        int low = 0;
        int high = malformed.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int at = malformed.get(middle).charOffset();
            if (at < charOffset) {
                low = middle + 1;
            } else if (at > charOffset) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    public static DecodedText decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<MalformedRun> malformed = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                int length = result.length();
                MalformedRun previous = malformed.isEmpty() ? null : malformed.get(malformed.size() - 1);
                if (previous != null && previous.byteOffset() + previous.length() == in.position()
                        && previous.charOffset() == out.position() - 1) {
                    malformed.set(malformed.size() - 1,
                            new MalformedRun(previous.byteOffset(), previous.length() + length, previous.charOffset()));
                } else {
                    malformed.add(new MalformedRun(in.position(), length, out.position()));
                    out.put('\uFFFD');
                }
                in.position(in.position() + length);
            } else {
                throw new IllegalStateException("UTF-8 decoding overflowed its buffer");
            }
        }
        out.flip();
        return new DecodedText(out.toString(), malformed);
    }
}

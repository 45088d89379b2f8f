package io.contentlint.core.rules;

import io.contentlint.core.encoding.CodePage;
import io.contentlint.core.encoding.LegacyEncoding;
import io.contentlint.core.fix.Fingerprint;
import io.contentlint.core.report.Fix;
import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.DecodedText;
import io.contentlint.core.source.Document;
import java.util.Optional;

/**
 * Bytes that are not UTF-8. A file wholly in a legacy code page (no valid multi-byte UTF-8
 * sequence at all) gets one finding naming the likely page, with a whole-file conversion as its
 * fix; otherwise each run of bad bytes is reported where the editor shows it (the decoder put one
 * U+FFFD there), with what the bytes would read as in Windows-1252.
 */
public final class InvalidUtf8Rule implements Rule {
    private static final int BYTES_SHOWN = 4;

    @Override
    public String id() {
        return "invalid-utf8";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        DecodedText decoded = document.source().decoded();
        if (decoded.isValidUtf8()) {
            return;
        }
        byte[] bytes = document.source().bytes();
        DecodedText.MalformedRun first = decoded.malformed().get(0);
        Optional<LegacyEncoding.Guess> legacy = LegacyEncoding.guess(bytes);
        if (legacy.isPresent()) {
            LegacyEncoding.Guess guess = legacy.get();
            String firstByte = hex(bytes, first.byteOffset(), 1);
            String firstReads = String.valueOf(guess.page().charOf(bytes[first.byteOffset()] & 0xFF));
            if (guess.convertible()) {
                Fix fix = new Fix(0, document.text().length(), guess.converted(), Fingerprint.of(bytes));
                sink.report(document.position(first.charOffset()), (Severity) null, null, fix, "legacyFile",
                        guess.page().displayName(), guess.highBytes(), firstByte, firstReads);
            } else {
                sink.report(first.charOffset(), "legacyFileUnconvertible", guess.page().displayName(), guess.highBytes(),
                        firstByte, firstReads);
            }
            return;
        }
        for (DecodedText.MalformedRun run : decoded.malformed()) {
            String reads = LegacyEncodingReading.of(bytes, run.byteOffset(), run.length(), CodePage.WINDOWS_1252);
            sink.report(run.charOffset(), "strayBytes", hex(bytes, run.byteOffset(), run.length()), run.length(), reads);
        }
    }

    private static String hex(byte[] bytes, int from, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < from + Math.min(length, BYTES_SHOWN); i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(String.format("%02X", bytes[i] & 0xFF));
        }
        if (length > BYTES_SHOWN) {
            out.append(" …");
        }
        return out.toString();
    }

    /** Stray bytes read through a code page, for the message: E9 reads "é" in Windows-1252. */
    private static final class LegacyEncodingReading {
        private LegacyEncodingReading() {
        }

        static String of(byte[] bytes, int from, int length, CodePage page) {
            StringBuilder out = new StringBuilder();
            for (int i = from; i < from + Math.min(length, BYTES_SHOWN); i++) {
                int b = bytes[i] & 0xFF;
                out.append(b < 0x80 ? (char) b : page.charOf(b));
            }
            return Quote.shorten(out.toString());
        }
    }
}

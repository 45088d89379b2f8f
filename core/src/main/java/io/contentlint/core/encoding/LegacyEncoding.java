package io.contentlint.core.encoding;

import java.util.Optional;

/**
 * Recognises a file saved wholly in a single-byte code page (not one valid multi-byte UTF-8
 * sequence in it, but bytes 0x80-0xFF) and names the likely page. A pure function over bytes.
 *
 * <p>The pages share most letters at different bytes, so each is scored on what its reading of
 * the high bytes looks like: letters inside words of the same case score, letters a language of
 * that page uses often score more, undefined bytes and control characters cost. French saved as
 * Windows-1252 has E9 "é", E8 "è", E0 "à"; through Mac Roman the same bytes read "È", "Ë", "‡"
 * in the middle of lower-case words, which costs.
 */
public final class LegacyEncoding {
    private static final CodePage[] CANDIDATES = {
        CodePage.WINDOWS_1252, CodePage.WINDOWS_1250, CodePage.WINDOWS_1254, CodePage.MAC_ROMAN};

    private LegacyEncoding() {
    }

    /** The guess: the page, how many high bytes the file has, and whether every one of them has a character there. */
    public record Guess(CodePage page, int highBytes, boolean convertible, String converted) {
    }

    /** A guess when {@code bytes} holds high bytes but no valid multi-byte UTF-8 sequence; empty otherwise. */
    public static Optional<Guess> guess(byte[] bytes) {
        int highBytes = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            highBytes++;
            int length = validUtf8SequenceLength(bytes, i);
            if (length > 0) {
                return Optional.empty();
            }
        }
        if (highBytes == 0) {
            return Optional.empty();
        }
        CodePage best = null;
        long bestScore = Long.MIN_VALUE;
        for (CodePage page : CANDIDATES) {
            long score = score(bytes, page);
            if (score > bestScore) {
                best = page;
                bestScore = score;
            }
        }
        boolean convertible = true;
        for (byte b : bytes) {
            // 0x81 is "defined" as the control U+0081 only so that mojibake reads back; no writer meant it
            if ((b & 0xFF) >= 0x80 && (!best.defines(b & 0xFF) || Character.isISOControl(best.charOf(b & 0xFF)))) {
                convertible = false;
                break;
            }
        }
        String converted = convertible ? decode(bytes, best) : null;
        return Optional.of(new Guess(best, highBytes, convertible, converted));
    }

    static String decode(byte[] bytes, CodePage page) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            out.append(unsigned < 0x80 ? (char) unsigned : page.charOf(unsigned));
        }
        return out.toString();
    }

    private static long score(byte[] bytes, CodePage page) {
        long score = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            if (!page.defines(b)) {
                score -= 10;
                continue;
            }
            char c = page.charOf(b);
            if (Character.isISOControl(c)) {
                score -= 5;
            } else if (Character.isLetter(c)) {
                score += 1;
                int before = i > 0 ? neighbour(bytes[i - 1], page) : ' ';
                int after = i + 1 < bytes.length ? neighbour(bytes[i + 1], page) : ' ';
                boolean lowerWord = Character.isLowerCase(before) || Character.isLowerCase(after);
                if (lowerWord && Character.isUpperCase(c)) {
                    score -= 3;
                } else if (Character.isLetter(before) || Character.isLetter(after)) {
                    score += 1;
                }
                if (page.frequentLetters().indexOf(c) >= 0) {
                    score += 2;
                }
            }
        }
        return score;
    }

    private static int neighbour(byte b, CodePage page) {
        int unsigned = b & 0xFF;
        return unsigned < 0x80 ? unsigned : page.charOf(unsigned);
    }

    /** Length of the valid UTF-8 multi-byte sequence starting at {@code i}, or 0. */
    static int validUtf8SequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
        if (need < 0 || i + need >= bytes.length) {
            return 0;
        }
        for (int k = 1; k <= need; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
            if (k == 1 && ((lead == 0xE0 && b < 0xA0) || (lead == 0xED && b > 0x9F) || (lead == 0xF0 && b < 0x90)
                    || (lead == 0xF4 && b > 0x8F))) {
                return 0;
            }
        }
        return need + 1;
    }
}

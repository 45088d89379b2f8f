package io.contentlint.core.encoding;

/**
 * A run of text that is UTF-8 bytes read through a single-byte code page: characters
 * {@code [start, end)} of the scanned text, widened to whole words so the message quotes
 * something an editor recognises ("DÃ©couvrez", not "Ã©").
 *
 * @param repaired what the span read before the damage; for a lossy span, the intact part with
 *     U+FFFD where bytes were lost
 * @param rounds 1 for a single mis-read, 2 or 3 when the text went through it repeatedly
 */
public record MojibakeSpan(int start, int end, String original, String repaired, CodePage page, int rounds, Damage damage) {

    /** Whether the original bytes can be recovered exactly. */
    public enum Damage {
        /** Every byte survived: the repair is exact. */
        NONE,
        /** Some bytes had no character in the code page and were dropped (a lead byte without all its continuation bytes). */
        LOST_BYTES,
        /** "Ã" whose no-break space (byte A0 of "à", C3 A0) became a plain space: "voilÃ " for "voilà". */
        LOST_NO_BREAK_SPACE
    }

    public boolean repairable() {
        return damage == Damage.NONE;
    }
}

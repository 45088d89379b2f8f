package io.contentlint.core.encoding;

/**
 * Which characters are invisible in an editor yet change what a reader, a search or a link sees.
 * Deliberately not here: the no-break spaces French typography needs (U+00A0 before ":" and
 * "»", U+202F before ";" "!" "?"), and the joiners and selectors that build emoji: "👩‍💻" is
 * U+1F469 U+200D U+1F4BB, "❤️" is U+2764 U+FE0F.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** What kind of invisible character a code point is, in its context. */
    public enum Kind {
        /** Reorders the displayed text (the "Trojan Source" trick): an error. */
        BIDI_CONTROL,
        /** A zero-width or formatting character that does nothing a reader can see. */
        ZERO_WIDTH,
        SOFT_HYPHEN,
        CONTROL,
        /** U+FEFF after the start of the file: usually left by concatenating two files. */
        BYTE_ORDER_MARK,
        NONE
    }

    /**
     * @param before the code point before (or -1), @param after the one after (or -1),
     * @param offset where it is; U+FEFF at offset 0 is the {@code bom} rule's
     */
    public static Kind classify(int cp, int before, int after, int offset) {
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            return Kind.BIDI_CONTROL;
        }
        if (cp == 0xFEFF) {
            return offset == 0 ? Kind.NONE : Kind.BYTE_ORDER_MARK;
        }
        if (cp == 0x00AD) {
            return Kind.SOFT_HYPHEN;
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)) {
            return Kind.CONTROL;
        }
        if (cp == 0x200D || cp == 0x200C) {
            if (isEmojiPart(before) && isEmojiPart(after)) {
                return Kind.NONE;
            }
            // Persian and Indic scripts need ZWNJ and ZWJ between letters ("می‌خواهم")
            return joinsComplexScriptLetters(before, after) ? Kind.NONE : Kind.ZERO_WIDTH;
        }
        if (cp >= 0xFE00 && cp <= 0xFE0F) {
            // after a symbol, digit or ideograph it selects a presentation; after a Latin letter or a
            // space it does nothing
            return before == -1 || Character.isWhitespace(before) || isLatinLetter(before) ? Kind.ZERO_WIDTH : Kind.NONE;
        }
        if (cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x2060 && cp <= 0x2064) || cp == 0x180E) {
            return Kind.ZERO_WIDTH;
        }
        return Kind.NONE;
    }

    /**
     * False for a UTF-16 unit that {@link #classify} never flags, whatever its context: a cheap
     * test that lets a text without any such unit skip the walk by code point. Kept beside
     * {@code classify}, whose list it must cover (a test holds it to every code point).
     */
    public static boolean mayFlag(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c == 0xAD
                || c == 0x061C || c == 0x180E
                || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x2069
                || c >= 0xFE00 && c <= 0xFE0F
                || c == 0xFEFF;
    }

    private static boolean isEmojiPart(int cp) {
        return cp != -1 && (Character.getType(cp) == Character.OTHER_SYMBOL || (cp >= 0x1F000 && cp <= 0x1FAFF)
                || cp == 0xFE0F || cp == 0x20E3 || (cp >= 0xE0020 && cp <= 0xE007F));
    }

    private static boolean joinsComplexScriptLetters(int before, int after) {
        return before != -1 && after != -1 && Character.isLetter(before) && Character.isLetter(after)
                && !isLatinLetter(before) && !isLatinLetter(after);
    }

    private static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}

package io.contentlint.core.encoding;

/**
 * Whether a code point that a run of suspicious characters decodes to is something a person
 * wrote: a letter, a mark, a digit, punctuation, a symbol or emoji, a space. This is the evidence
 * that turns "bytes that happen to form UTF-8" into "mojibake".
 */
final class DecodedCharacter {
    private DecodedCharacter() {
    }

    /**
     * @param before the character before the run (or -1), @param after the one after it (or -1)
     */
    static boolean plausible(int cp, int before, int after) {
        if (cp < 0xA0 || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
            return false;
        }
        if (cp < 0x800) {
            // Two-byte sequences beyond Cyrillic are mostly accidents of legitimate text: German
            // "Straße“" holds "ß“", bytes DF 93, which is U+07D3, an N'Ko letter.
            if (cp > 0x052F) {
                return false;
            }
            // Spanish "LEÓN»" is... "Ó»", bytes D3 BB, U+04FB, a Cyrillic letter. Real Greek or
            // Cyrillic mojibake comes in runs, never glued to a Latin letter.
            if (cp >= 0x0370 && (isAsciiLetter(before) || isAsciiLetter(after))) {
                return false;
            }
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.SPACE_SEPARATOR,
                    // soft hyphen "Â­" (C2 AD), zero-width joiner inside emoji "â€" (E2 80 8D), BOM "ï»¿"
                    Character.FORMAT -> true;
            default -> false;
        };
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

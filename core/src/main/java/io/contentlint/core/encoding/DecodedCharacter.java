package io.contentlint.core.encoding;

/**
 * Whether a code point that a run of suspicious characters decodes to is something our writers
 * write: a Latin letter, a Greek or Cyrillic one, typographic punctuation, a symbol or emoji.
 * This is the evidence that turns "bytes that happen to form UTF-8" into "mojibake". The ranges
 * are deliberately narrow because legitimate European text forms UTF-8 by accident:
 * <ul>
 * <li>French "déjà »" with its no-break space is E0 A0 BB, U+083B (Samaritan), and "été »"
 * E9 A0 BB, U+983B (a CJK ideograph): three-byte sequences count only in the punctuation and
 * symbol blocks (lead byte E2, "â"), emoji selectors (EF B8, "ï¸") and Vietnamese Latin (E1 B8-BB).
 * <li>"SANTÉ »" is C9 A0, U+0260 (IPA) and "CAFÉ…" C9 85, U+0245: of Latin Extended-B only the
 * letters people write are kept (Romanian ș ț, Vietnamese ơ ư, pinyin ǎ, ƒ), IPA not at all.
 * <li>German "Straße“" is DF 93, U+07D3 (N'Ko): nothing beyond Cyrillic.
 * </ul>
 */
final class DecodedCharacter {
    private DecodedCharacter() {
    }

    /**
     * @param before the character before the run (or -1), @param after the one after it (or -1)
     */
    static boolean plausible(int cp, int before, int after) {
        if (cp < 0xA0) {
            return false;
        }
        if (cp < 0x800) {
            return plausibleTwoByte(cp, before, after);
        }
        if (cp < 0x10000) {
            return (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2000 && cp <= 0x2BFF && cp != 0x2028 && cp != 0x2029)
                    || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
        }
        // emoji and pictographs, regional indicators; tags (E0020-E007F) spell subdivision flags
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    private static boolean plausibleTwoByte(int cp, int before, int after) {
        if (cp <= 0x017F) {
            // "Ã" + a no-break space is "à"; but Portuguese capitals end words with "Ã" ("IRMÃ »")
            return !(cp == 0xE0 && before != -1 && Character.isUpperCase(before));
        }
        if (cp <= 0x024F) {
            return cp == 0x0192 || (cp >= 0x01A0 && cp <= 0x01B0) || (cp >= 0x01CD && cp <= 0x01DC)
                    || (cp >= 0x0218 && cp <= 0x021B);
        }
        if (cp >= 0x0300 && cp <= 0x036F) {
            return true;
        }
        // Spanish "LEÓN»" holds "Ó»", D3 BB, U+04FB: real Greek or Cyrillic mojibake comes in runs,
        // never glued to a Latin letter
        return cp >= 0x0370 && cp <= 0x052F && !isAsciiLetter(before) && !isAsciiLetter(after);
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

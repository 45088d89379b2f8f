package io.contentlint.core.rules;

import io.contentlint.core.encoding.InvisibleCharacters;
import io.contentlint.core.encoding.MojibakeScanner;
import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import java.util.Locale;

/**
 * Characters an editor does not show: bidi controls (errors: they make the text display in
 * another order than it is stored, in code too), zero-width characters, soft hyphens, control
 * characters and a byte order mark after the start (warnings). A run of the same character is one
 * finding. C1 controls that belong to mojibake ("Ã" U+0089 is "É" read as Latin-1) are the
 * {@code mojibake} rule's.
 */
public final class InvisibleCharRule implements Rule {

    @Override
    public String id() {
        return "invisible-char";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        if (!mayHoldInvisible(document.source().bytes())) {
            return;
        }
        String text = document.text();
        // array reads: a codePointAt per character of a UTF-16 string is a call and a bounds check under C1
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            int cp = Character.codePointAt(chars, i);
            int width = Character.charCount(cp);
            if (cp >= 0x20 && cp < 0x7F || (cp > 0x9F && cp < 0xAD)) {
                i += width;
                continue;
            }
            int before = i > 0 ? Character.codePointBefore(chars, i) : -1;
            int after = i + width < chars.length ? Character.codePointAt(chars, i + width) : -1;
            InvisibleCharacters.Kind kind = InvisibleCharacters.classify(cp, before, after, i);
            if (kind == InvisibleCharacters.Kind.NONE
                    || (cp >= 0x80 && cp <= 0x9F && MojibakeScanner.inCompleteSequence(text, i))) {
                i += width;
                continue;
            }
            int end = i + width;
            int count = 1;
            while (end < chars.length && Character.codePointAt(chars, end) == cp) {
                end += width;
                count++;
            }
            String code = String.format(Locale.ROOT, "U+%04X", cp);
            String name = Character.getName(cp) != null ? Character.getName(cp) : code;
            Severity severity = kind == InvisibleCharacters.Kind.BIDI_CONTROL ? Severity.ERROR : null;
            sink.report(document.position(i), severity, null, null, "kind." + kind.name() + (count > 1 ? ".run" : ""), code, name, count);
            i = end;
        }
    }

    /**
     * False when no character {@link InvisibleCharacters#classify} can flag is in the file: the
     * UTF-8 forms of those characters are looked for in the bytes, one array read each, before
     * the walk over the text by code point (a call and a bounds check per character on a UTF-16
     * string under C1). Looking at every byte finds each character the decoder produced, around
     * malformed bytes too; a false true only costs the walk. The test holds this list to the
     * code points {@code classify} flags.
     */
    static boolean mayHoldInvisible(byte[] bytes) {
        int last = bytes.length - 1;
        for (int i = 0; i <= last; i++) {
            int b = bytes[i];
            if (b >= 0x20 && b < 0x7F || b == '\t' || b == '\n' || b == '\r') {
                continue;
            }
            int next = i < last ? bytes[i + 1] & 0xFF : -1;
            int third = i + 1 < last ? bytes[i + 2] & 0xFF : -1;
            boolean candidate = switch (b & 0xFF) {
                case 0xC2 -> next >= 0x80 && next <= 0x9F || next == 0xAD; // C1 controls, soft hyphen
                case 0xD8 -> next == 0x9C; // U+061C arabic letter mark
                case 0xE1 -> next == 0xA0 && third == 0x8E; // U+180E mongolian vowel separator
                // U+200B-U+200F, U+202A-U+202E, U+2060-U+2069
                case 0xE2 -> next == 0x80 && (third >= 0x8B && third <= 0x8F || third >= 0xAA && third <= 0xAE)
                        || next == 0x81 && third >= 0xA0 && third <= 0xA9;
                // U+FE00-U+FE0F variation selectors; U+FEFF after the start of the file
                case 0xEF -> next == 0xB8 && third >= 0x80 && third <= 0x8F || next == 0xBB && third == 0xBF && i > 0;
                default -> b >= 0; // C0 controls and DEL
            };
            if (candidate) {
                return true;
            }
        }
        return false;
    }
}

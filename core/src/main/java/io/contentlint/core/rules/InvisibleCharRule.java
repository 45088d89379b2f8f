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
        String text = document.text();
        // array reads: a codePointAt per character of a UTF-16 string is a call and a bounds check under C1
        char[] chars = text.toCharArray();
        if (!mayHoldInvisible(chars)) {
            return;
        }
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
     * False when no unit of the text is one {@link InvisibleCharacters#classify} can flag: one
     * comparison per character for the printable ASCII most pages are made of, before the walk by
     * code point (a call per character under C1). 247 of the 279 corpus pages skip the walk.
     */
    static boolean mayHoldInvisible(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // U+FEFF at the very start is the bom rule's
            if (!(c >= 0x20 && c < 0x7F) && InvisibleCharacters.mayFlag(c) && !(c == 0xFEFF && i == 0)) {
                return true;
            }
        }
        return false;
    }
}

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
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp >= 0x20 && cp < 0x7F || (cp > 0x9F && cp < 0xAD)) {
                i += width;
                continue;
            }
            int before = i > 0 ? text.codePointBefore(i) : -1;
            int after = i + width < text.length() ? text.codePointAt(i + width) : -1;
            InvisibleCharacters.Kind kind = InvisibleCharacters.classify(cp, before, after, i);
            if (kind == InvisibleCharacters.Kind.NONE
                    || (cp >= 0x80 && cp <= 0x9F && MojibakeScanner.inCompleteSequence(text, i))) {
                i += width;
                continue;
            }
            int end = i + width;
            int count = 1;
            while (end < text.length() && text.codePointAt(end) == cp) {
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
}

package io.contentlint.core.rules;

import io.contentlint.core.encoding.MojibakeScanner;
import io.contentlint.core.encoding.MojibakeSpan;
import io.contentlint.core.fix.Fingerprint;
import io.contentlint.core.report.Fix;
import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.CodeRegions;
import io.contentlint.core.source.Document;

/**
 * Text that is UTF-8 read through a single-byte code page ("DÃ©couvrez" for "Découvrez"). Exact
 * repairs become fixes; spans that lost bytes on the way are reported with what survived. Code
 * spans and blocks are left alone: a page may quote broken text on purpose.
 */
public final class MojibakeRule implements Rule {

    @Override
    public String id() {
        return "mojibake";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        CodeRegions code = document.codeRegions();
        String fingerprint = null;
        for (MojibakeSpan span : MojibakeScanner.scan(document.text(), code::contains)) {
            String original = Quote.shorten(span.original());
            String repaired = Quote.shorten(span.repaired());
            String page = span.page().displayName();
            switch (span.damage()) {
                case NONE -> {
                    if (fingerprint == null) {
                        fingerprint = Fingerprint.of(document.source().bytes());
                    }
                    Fix fix = new Fix(span.start(), span.end(), span.repaired(), fingerprint);
                    if (span.rounds() == 1) {
                        sink.report(document.position(span.start()), (Severity) null, span.repaired(), fix, "misread", original, page, repaired);
                    } else {
                        sink.report(document.position(span.start()), (Severity) null, span.repaired(), fix, "misreadRepeatedly",
                                original, page, repaired, span.rounds());
                    }
                }
                case LOST_BYTES -> sink.report(span.start(), "lostBytes", original, page, repaired);
                case LOST_NO_BREAK_SPACE -> sink.report(document.position(span.start()), (Severity) null, span.repaired(), null,
                        "lostNoBreakSpace", original, page, repaired);
            }
        }
    }
}

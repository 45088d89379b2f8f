package io.contentlint.core.rules;

import io.contentlint.core.fix.Fingerprint;
import io.contentlint.core.report.Fix;
import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.FrontMatter;
import io.contentlint.core.source.Position;

/**
 * A UTF-8 byte order mark (EF BB BF) at the start of a file. UTF-8 needs none, and the site's
 * front matter parser only recognises "---" as the very first bytes: after a BOM the page loses
 * its front matter (contentlint's own reader skips the BOM so the other rules still run).
 */
public final class BomRule implements Rule {

    @Override
    public String id() {
        return "bom";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        // EF BB BF, and only those bytes, decode to U+FEFF at offset 0, valid UTF-8 or not
        if (!document.text().startsWith("\uFEFF")) {
            return;
        }
        Fix fix = new Fix(0, 1, "", Fingerprint.of(document.source().bytes()));
        String key = document.frontMatter().status() == FrontMatter.Status.ABSENT ? "bom" : "bomBeforeFrontMatter";
        sink.report(Position.START, (Severity) null, null, fix, key);
    }
}

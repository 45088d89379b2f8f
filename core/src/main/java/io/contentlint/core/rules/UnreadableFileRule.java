package io.contentlint.core.rules;

import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.Position;

/**
 * A file of a collection that got no other check: too large, binary, or unreadable; or whose
 * Markdown body was too complex to parse within bounds (its front matter was still checked).
 */
public final class UnreadableFileRule implements Rule {

    @Override
    public String id() {
        return "unreadable-file";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public boolean needsText() {
        return false;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        // a file our own reader failed on is an internal-error finding (see Linter), not the editor's problem
        document.skip().filter(skip -> skip.reason() != Document.Skip.Reason.PARSE_FAILED).ifPresent(skip -> sink.report(Position.START, skip.reason().name(), skip.detail(),
                site.config().limits().maxFileBytes()));
        if (document.markdownTooComplex()) {
            sink.report(Position.START, "MARKDOWN_TOO_COMPLEX");
        }
    }
}

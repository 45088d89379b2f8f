package io.contentlint.core.testing;

import io.contentlint.core.report.Severity;
import io.contentlint.core.rules.FindingSink;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;

/** A rule with a defect of ours: it throws on the files whose path ends with {@code suffix}. */
public record ExplodingRule(String suffix) implements Rule {

    @Override
    public String id() {
        return "exploding";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        if (document.path().endsWith(suffix)) {
            throw new IllegalStateException("a defect of ours");
        }
    }
}

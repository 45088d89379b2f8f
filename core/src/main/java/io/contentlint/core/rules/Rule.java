package io.contentlint.core.rules;

import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;

/**
 * One check, identified by a stable kebab-case id. A rule holds no state between documents (the
 * Maven plugin may run it from several threads), does no I/O, and reports through the sink.
 * Its messages live in a resource bundle named after its class ({@code YamlSyntaxRule.properties},
 * {@code YamlSyntaxRule_fr.properties}) with at least the keys {@code summary} (one line) and
 * {@code description} (what it checks and why).
 */
public interface Rule {

    String id();

    Severity defaultSeverity();

    void check(Document document, Site site, FindingSink sink);

    /** False for the rare rule that must also see files that could not be read as text. */
    default boolean needsText() {
        return true;
    }

    /** The resource bundle holding this rule's summary, description and messages. */
    default String messageBundle() {
        return getClass().getName();
    }
}

package io.contentlint.core.rules;

import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Fix;
import io.contentlint.core.report.Messages;
import io.contentlint.core.report.Severity;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.Position;
import java.util.function.Consumer;

/**
 * Where a rule reports, bound to one rule and one document: it fills the rule's message template,
 * applies the configured severity and drops findings an inline suppression silences.
 */
public final class FindingSink {
    private final Rule rule;
    private final Severity configured;
    private final Document document;
    private final Messages messages;
    private final Consumer<Finding> out;

    /** @param configured the severity the configuration sets for this rule, or null for the rule's own */
    public FindingSink(Rule rule, Severity configured, Document document, Messages messages, Consumer<Finding> out) {
        this.rule = rule;
        this.configured = configured;
        this.document = document;
        this.messages = messages;
        this.out = out;
    }

    /** Reports at a character offset of the document's text. */
    public void report(int offset, String messageKey, Object... args) {
        report(document.position(offset), null, null, null, messageKey, args);
    }

    public void report(Position at, String messageKey, Object... args) {
        report(at, null, null, null, messageKey, args);
    }

    /**
     * The full form: a severity other than the rule's default (null keeps it), a suggestion shown to
     * the user (null if none) and an exact fix (null if none).
     */
    public void report(Position at, Severity severity, String suggestion, Fix fix, String messageKey, Object... args) {
        if (document.suppressions().isSuppressed(rule.id(), at.line())) {
            return;
        }
        Severity effective = configured != null ? configured : severity != null ? severity : rule.defaultSeverity();
        if (effective == Severity.OFF) {
            return;
        }
        String message = messages.format(rule.messageBundle(), messageKey, args);
        out.accept(new Finding(rule.id(), effective, document.path(), at.line(), at.column(), message, suggestion, fix));
    }

    /** A message of the rule's bundle in the run's language, for a piece of a message (a phrase to fill in). */
    public String text(String messageKey, Object... args) {
        return messages.format(rule.messageBundle(), messageKey, args);
    }

    public Document document() {
        return document;
    }
}

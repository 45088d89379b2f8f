package io.contentlint.maven;

import io.contentlint.core.LintResult;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.report.Severity;
import io.contentlint.core.report.TextReporter;
import org.apache.maven.plugin.logging.Log;

/**
 * Findings through Maven's log: {@code path:line:col: message [rule]} one a line, errors at
 * {@code [ERROR]} and warnings at {@code [WARNING]} (Maven's prefix already says the severity,
 * so it is not repeated), then the same summary as the CLI.
 */
final class FindingLog {
    private static final String TEXT_BUNDLE = TextReporter.class.getName();

    private final Log log;
    private final Messages messages;
    private final String pathPrefix;

    /** @param pathPrefix put before each repo-relative path so it resolves from where mvn was started */
    FindingLog(Log log, Messages messages, String pathPrefix) {
        this.log = log;
        this.messages = messages;
        this.pathPrefix = pathPrefix;
    }

    void write(LintResult result) {
        for (String warning : result.warnings()) {
            log.warn("contentlint: " + warning);
        }
        for (Finding f : result.findings()) {
            String line = pathPrefix + f.path() + ":" + f.line() + ":" + f.column() + ": " + f.message() + " [" + f.rule() + "]";
            if (f.severity() == Severity.ERROR) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
        // an internal-error finding is already logged; its stack only helps with -X
        if (log.isDebugEnabled()) {
            for (LintResult.Failure failure : result.failures()) {
                log.debug("contentlint: " + failure.path() + " [" + failure.rule() + "]", failure.error());
            }
        }
        log.info("contentlint: " + new TextReporter(messages, false).summary(result));
    }

    /** "2 errors, 1 warning", for the failure message. */
    String counts(LintResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        return messages.format(TEXT_BUNDLE, errors == 1 ? "errors.one" : "errors.many", errors) + ", "
                + messages.format(TEXT_BUNDLE, warnings == 1 ? "warnings.one" : "warnings.many", warnings);
    }
}

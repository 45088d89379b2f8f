package io.contentlint.core.report;

import io.contentlint.core.LintResult;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code path:line:col: severity: message [rule]}, one finding a line (editors and terminals make
 * that clickable), a blank line between files when coloured, then a summary line.
 */
public final class TextReporter implements Reporter {
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";
    private static final String BUNDLE = TextReporter.class.getName();

    private final Messages messages;
    private final boolean colour;

    public TextReporter(Messages messages, boolean colour) {
        this.messages = messages;
        this.colour = colour;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        String previousPath = null;
        for (Finding f : result.findings()) {
            if (colour && previousPath != null && !previousPath.equals(f.path())) {
                out.append('\n');
            }
            previousPath = f.path();
            String severity = messages.template(BUNDLE, "severity." + f.severity().id());
            out.append(paint(BOLD, f.path() + ":" + f.line() + ":" + f.column() + ":")).append(' ')
                    .append(paint(f.severity() == Severity.ERROR ? RED : YELLOW, severity + ":")).append(' ')
                    .append(f.message()).append(' ')
                    .append(paint(DIM, "[" + f.rule() + "]")).append('\n');
        }
        out.append(summary(result)).append('\n');
    }

    public String summary(LintResult result) {
        String seconds = String.format(Locale.ROOT, "%.2f", result.elapsed().toNanos() / 1e9);
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        if (errors + warnings == 0) {
            return messages.format(BUNDLE, result.filesChecked() == 1 ? "summary.clean.one" : "summary.clean",
                    result.filesChecked(), seconds);
        }
        return messages.format(BUNDLE, "summary",
                messages.format(BUNDLE, errors == 1 ? "errors.one" : "errors.many", errors),
                messages.format(BUNDLE, warnings == 1 ? "warnings.one" : "warnings.many", warnings),
                result.filesWithFindings(), result.filesChecked(), seconds);
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}

package io.contentlint.core.report;

import io.contentlint.core.LintResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding:
 * {@code ::error file=PATH,line=L,col=C,title=contentlint RULE::MESSAGE}. GitHub shows only 10
 * annotations of each level per step (50 per job) and drops the rest without a word, so errors
 * come first, and a last plain line says how many findings there are and where to see them all.
 */
public final class GithubReporter implements Reporter {
    private static final String BUNDLE = GithubReporter.class.getName();

    private final Messages messages;

    public GithubReporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String format() {
        return "github";
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        List<Finding> ordered = new ArrayList<>(result.findings());
        ordered.sort(Comparator.comparing((Finding f) -> f.severity() != Severity.ERROR).thenComparing(Finding.ORDER));
        for (Finding f : ordered) {
            out.append("::").append(f.severity() == Severity.ERROR ? "error" : "warning")
                    .append(" file=").append(property(f.path()))
                    .append(",line=").append(Integer.toString(f.line()))
                    .append(",col=").append(Integer.toString(f.column()))
                    .append(",title=").append(property("contentlint " + f.rule()))
                    .append("::").append(data(f.message()))
                    .append('\n');
        }
        out.append(summary(result)).append('\n');
    }

    private String summary(LintResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        if (errors + warnings == 0) {
            return messages.format(BUNDLE, "summary.clean", result.filesChecked());
        }
        return messages.format(BUNDLE, "summary",
                messages.format(BUNDLE, errors == 1 ? "errors.one" : "errors.many", errors),
                messages.format(BUNDLE, warnings == 1 ? "warnings.one" : "warnings.many", warnings),
                result.filesWithFindings(), result.filesChecked());
    }

    /** A message: {@code %}, CR and LF would end or corrupt the command. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also {@code :} (ends the properties) and {@code ,} (separates them). */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}

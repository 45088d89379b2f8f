package io.contentlint.core.report;

import io.contentlint.core.LintResult;
import java.io.IOException;

/**
 * The stable machine format, version 1:
 * {@code {"version":1,"findings":[{"path","line","column","severity","rule","message","suggestion"?}],
 * "summary":{"files","errors","warnings"}}}.
 */
public final class JsonReporter implements Reporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        out.append("{\"version\":1,\"findings\":[");
        boolean first = true;
        for (Finding f : result.findings()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append("{\"path\":").append(JsonText.quote(f.path()))
                    .append(",\"line\":").append(Integer.toString(f.line()))
                    .append(",\"column\":").append(Integer.toString(f.column()))
                    .append(",\"severity\":").append(JsonText.quote(f.severity().id()))
                    .append(",\"rule\":").append(JsonText.quote(f.rule()))
                    .append(",\"message\":").append(JsonText.quote(f.message()));
            if (f.suggestion() != null) {
                out.append(",\"suggestion\":").append(JsonText.quote(f.suggestion()));
            }
            out.append('}');
        }
        out.append(first ? "" : "\n").append("],\"summary\":{\"files\":").append(Integer.toString(result.filesChecked()))
                .append(",\"errors\":").append(Long.toString(result.count(Severity.ERROR)))
                .append(",\"warnings\":").append(Long.toString(result.count(Severity.WARNING)))
                .append("}}\n");
    }
}

package io.contentlint.core.report;

import io.contentlint.core.LintResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source/>}),
 * which Jenkins warnings-ng, reviewdog and the GitLab code-quality converters read. Written by
 * hand because two details matter that the JDK's stream writer leaves to us: line breaks inside
 * attributes must be character references (a parser would turn them into spaces), and characters
 * XML 1.0 forbids (the C0 controls an {@code invisible-char} message may quote) must not reach
 * the file at all.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.path(), p -> new java.util.ArrayList<>()).add(f);
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"8.0\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            out.append("  <file name=\"").append(escape(file.getKey())).append("\">\n");
            for (Finding f : file.getValue()) {
                out.append("    <error line=\"").append(Integer.toString(f.line()))
                        .append("\" column=\"").append(Integer.toString(f.column()))
                        .append("\" severity=\"").append(f.severity() == Severity.ERROR ? "error" : "warning")
                        .append("\" message=\"").append(escape(f.message()))
                        .append("\" source=\"contentlint.").append(escape(f.rule()))
                        .append("\"/>\n");
            }
            out.append("  </file>\n");
        }
        out.append("</checkstyle>\n");
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

package io.contentlint.core.rules;

import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.CodeRegions;
import io.contentlint.core.source.DecodedText;
import io.contentlint.core.source.Document;
import java.util.HashSet;
import java.util.Set;

/**
 * U+FFFD written in the file: the mark a past conversion left where it could not read a
 * character, which is lost for good. The U+FFFD our own decoder puts in place of bytes that are
 * not UTF-8 belong to {@code invalid-utf8}, not here. A run of them is one finding.
 */
public final class ReplacementCharRule implements Rule {

    @Override
    public String id() {
        return "replacement-char";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        String text = document.text();
        if (text.indexOf('\uFFFD') < 0) {
            return;
        }
        Set<Integer> decoderMarks = new HashSet<>();
        for (DecodedText.MalformedRun run : document.source().decoded().malformed()) {
            decoderMarks.add(run.charOffset());
        }
        CodeRegions code = document.codeRegions();
        int i = text.indexOf('\uFFFD');
        while (i >= 0) {
            if (decoderMarks.contains(i) || code.contains(i)) {
                i = text.indexOf('\uFFFD', i + 1);
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == '\uFFFD' && !decoderMarks.contains(end)) {
                end++;
            }
            sink.report(i, "replacement", Quote.shorten(word(text, i, end)), end - i);
            i = text.indexOf('\uFFFD', end);
        }
    }

    /** The word around the marks, so the editor can find it: "Num\uFFFDro". */
    private static String word(String text, int start, int end) {
        int from = start;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }
}

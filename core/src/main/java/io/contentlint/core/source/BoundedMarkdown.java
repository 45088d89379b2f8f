package io.contentlint.core.source;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;

/**
 * Parses Markdown with flexmark within a budget of work. Flexmark rescans the rest of a paragraph
 * for every unclosed {@code [a](<b}, {@code <![CDATA[} or {@code <?} and for every repeated
 * reference label, so a 100 KB paragraph of them takes seconds and a 5 MB one hours; nested
 * inlines and {@code [ (](} repeated overflow its recursive parser. The budget counts the
 * characters flexmark reads: real pages read each character under 50 times (the api.gouv.fr
 * corpus at most 44), the CommonMark pathological inputs thousands of times. Past the budget, or
 * on a stack overflow, the body is left unparsed and the document says so
 * ({@link #TOO_COMPLEX}); the front matter is still checked.
 */
final class BoundedMarkdown {
    /** Set on the (empty) Markdown tree of a body that was too complex to parse. */
    static final DataKey<Boolean> TOO_COMPLEX = new DataKey<>("CONTENTLINT_MARKDOWN_TOO_COMPLEX", Boolean.FALSE);

    private static final long READS_PER_CHARACTER = 200;
    private static final long BASE_READS = 1_000_000;

    private final Parser parser = CompiledOnceBlockParsers.parser();

    /** Parses {@code text} as if its first {@code blankBefore} characters were spaces but for line breaks. */
    com.vladsch.flexmark.util.ast.Document parse(String text, int blankBefore) {
        BudgetedText budgeted = BudgetedText.of(text, blankBefore, BASE_READS + READS_PER_CHARACTER * text.length());
        try {
            com.vladsch.flexmark.util.ast.Document markdown = parser.parse(budgeted);
            budgeted.stopCounting();
            return markdown;
        } catch (BudgetedText.BudgetExceeded | StackOverflowError e) {
            com.vladsch.flexmark.util.ast.Document empty = parser.parse("");
            TOO_COMPLEX.set(empty, Boolean.TRUE);
            return empty;
        }
    }
}

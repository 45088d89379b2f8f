package io.contentlint.core.source;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKeyBase;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.BasedSequenceImpl;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.SequenceUtils;

/**
 * The text flexmark parses, and every piece of it that ends up in the tree: a range of one
 * String, counting what the parser reads against a budget shared by all the pieces.
 *
 * <p>It does what flexmark's own {@code BasedSequence.of(String)} does (offsets are offsets in
 * the text, NUL reads as U+FFFD) with one difference: {@link #toString()} is one
 * copy of a range of the array, not a {@code StringBuilder} filled through {@code charAt}. On JDK 17
 * every regex match of the inline parser calls {@code toMatchResult()}, which copies the whole
 * paragraph through {@code toString()}; char by char, through the budget, that was 11% of the CPU
 * samples of an x100 run, and the budget's {@code charAt} 5% more (issue 9).
 *
 * <p>Once parsing is over the tree keeps reading the text (node text) from any thread, uncounted.
 */
final class BudgetedText extends BasedSequenceImpl {
    /** The text, with NUL read as U+FFFD and the front matter blanked. */
    private final char[] chars;
    private final Budget budget;
    private final BudgetedText whole;
    private final int start;
    private final int end;

    private BudgetedText(char[] chars, Budget budget, BudgetedText whole, int start, int end) {
        super(0);
        this.chars = chars;
        this.budget = budget;
        this.whole = whole == null ? this : whole;
        this.start = start;
        this.end = end;
    }

    /**
     * The whole of {@code text}, allowed {@code reads} reads of a character before
     * {@link BudgetExceeded}, with its first {@code blankBefore} characters read as spaces but for
     * line breaks (the front matter: the body is then parsed at its real offsets).
     *
     * <p>An array, not the String: under C1 a {@code String.charAt} of a UTF-16 string is a call,
     * a coder test and a bounds check, and flexmark's reads through it were a quarter of its parse
     * at x100; the copy also replaces the one that blanked the front matter (4% of the run) and the
     * NUL replacement of every read (issue 9).
     */
    static BudgetedText of(String text, int blankBefore, long reads) {
        char[] chars = text.toCharArray();
        int blank = Math.min(blankBefore, chars.length);
        for (int i = 0; i < blank; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        for (int i = blank; i < chars.length; i++) {
            if (chars[i] == '\0') {
                // as flexmark's SubSequence: CommonMark reads NUL as U+FFFD
                chars[i] = '\uFFFD';
            }
        }
        return new BudgetedText(chars, new Budget(reads), null, 0, chars.length);
    }

    /** The reads counted so far, by this text and all its pieces. */
    long reads() {
        return budget.reads - budget.readsLeft;
    }

    /** Ends the counting for this text and all its pieces: the parse is over. */
    void stopCounting() {
        budget.counting = false;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        SequenceUtils.validateIndex(index, end - start);
        budget.spend(1);
        return chars[start + index];
    }

    /**
     * Counted as a read of each character, as the {@code charAt} loop it replaces was: a regex
     * match copies its whole paragraph, so a paragraph of thousands of matches is still quadratic
     * work and must still stop at the budget.
     */
    @Override
    public String toString() {
        budget.spend(end - start);
        return new String(chars, start, end - start);
    }

    @Override
    public BudgetedText subSequence(int startIndex, int endIndex) {
        SequenceUtils.validateStartEnd(startIndex, endIndex, end - start);
        return baseSubSequence(start + startIndex, start + endIndex);
    }

    @Override
    public BudgetedText baseSubSequence(int startIndex, int endIndex) {
        SequenceUtils.validateStartEnd(startIndex, endIndex, chars.length);
        if (startIndex == start && endIndex == end) {
            return this;
        }
        return new BudgetedText(chars, budget, whole, startIndex, endIndex);
    }

    @Override
    public BasedSequence getBaseSequence() {
        return whole;
    }

    /** Compared by identity only (flexmark: are two sequences pieces of the same text?). */
    @Override
    public Object getBase() {
        return chars;
    }

    @Override
    public int getStartOffset() {
        return start;
    }

    @Override
    public int getEndOffset() {
        return end;
    }

    @Override
    public int getIndexOffset(int index) {
        SequenceUtils.validateIndexInclusiveEnd(index, end - start);
        return start + index;
    }

    @Override
    public Range getSourceRange() {
        return Range.of(start, end);
    }

    // no options: as flexmark's SubSequence over a plain String

    @Override
    public int getOptionFlags() {
        return 0;
    }

    @Override
    public boolean allOptions(int options) {
        return false;
    }

    @Override
    public boolean anyOptions(int options) {
        return false;
    }

    @Override
    public <T> T getOption(DataKeyBase<T> dataKey) {
        return dataKey.get(null);
    }

    @Override
    public DataHolder getOptions() {
        return null;
    }

    /** The reads left, shared by a text and all its pieces. Only the parsing thread counts. */
    private static final class Budget {
        private final long reads;
        private long readsLeft;
        private boolean counting = true;

        Budget(long reads) {
            this.reads = reads;
            this.readsLeft = reads;
        }

        void spend(int reads) {
            if (counting && (readsLeft -= reads) < 0) {
                throw new BudgetExceeded();
            }
        }
    }

    /** Thrown by a read past the budget; no stack trace, it is expected and caught by the parse. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("Markdown parsing budget exceeded", null, false, false);
        }
    }
}

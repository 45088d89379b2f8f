package io.contentlint.core.source;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parts of a Markdown body that are code: inline code spans, fenced and indented code blocks.
 * A page may quote broken text there on purpose ("`DÃ©couvrez` is what a bad export gives").
 */
public final class CodeRegions {
    public static final CodeRegions NONE = new CodeRegions(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private CodeRegions(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The code of a parsed body, whose offsets are offsets in the file's text. */
    static CodeRegions of(Node markdown) {
        List<int[]> regions = new ArrayList<>();
        for (Node node : markdown.getDescendants()) {
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                regions.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        regions.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] starts = new int[regions.size()];
        int[] ends = new int[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            starts[i] = regions.get(i)[0];
            ends[i] = regions.get(i)[1];
        }
        return new CodeRegions(starts, ends);
    }

    /** True when the character at {@code offset} lies inside code. */
    public boolean contains(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        int candidate = index >= 0 ? index : -index - 2;
        // code blocks never nest, so only the last region starting at or before the offset can hold it
        return candidate >= 0 && offset < ends[candidate];
    }
}

package io.contentlint.core.source;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The plain text of a heading, markup removed. Flexmark's {@link TextCollectingVisitor} recurses
 * once per nested inline node, and {@code # **...**} nested thousands deep (hostile input, never
 * a real page) would overflow the stack; past {@link #MAX_VISITOR_DEPTH} levels the text of the
 * leaves is joined without recursion instead.
 */
final class HeadingText {
    static final int MAX_VISITOR_DEPTH = 256;

    private HeadingText() {
    }

    static String of(Node heading) {
        if (depth(heading) <= MAX_VISITOR_DEPTH) {
            return new TextCollectingVisitor().collectAndGetText(heading);
        }
        StringBuilder text = new StringBuilder();
        for (Node node : heading.getDescendants()) {
            if (node.getFirstChild() == null) {
                text.append(node.getChars());
            }
        }
        return text.toString();
    }

    /** Depth of the tree under {@code root}, counted without recursion. */
    private static int depth(Node root) {
        int deepest = 0;
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            int depth = depths.pop();
            deepest = Math.max(deepest, depth);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
        return deepest;
    }
}

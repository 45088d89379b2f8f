package io.contentlint.core.source;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Copies a composed YAML tree into nodes that keep only what the rules read: tags, values, styles
 * and where each node starts and ends. Every SnakeYAML {@link Mark} holds the reader's window of
 * the input as {@code int} code points, and the composer gives each node fresh comment lists: at
 * x100 (27,800 pages) the front matter trees of all documents, alive until the rules had run,
 * held ~400 MB, of which ~140 MB of mark buffers and ~80 MB of marks (heap histogram, issue 9).
 * Scalars, seven nodes in eight, keep each position as six numbers and make a {@link Mark} only
 * when one is asked for (a few per finding): a mark and its {@code Optional}, twice per node, were
 * 112 bytes of the ~170 each of the million nodes of x100 still took once the buffers were gone.
 * Nodes an alias shares stay shared. The tree must be acyclic ({@link BoundedYaml} refuses cycles),
 * and its depth is bounded by the same limit, so the recursion is too.
 */
final class CompactNodes {
    private static final int[] NO_BUFFER = new int[0];
    private static final String LABEL = "front matter";

    private final Map<Node, Node> copies = new IdentityHashMap<>();

    private CompactNodes() {
    }

    static Node copy(Node root) {
        return new CompactNodes().node(root);
    }

    private Node node(Node original) {
        Node done = copies.get(original);
        if (done != null) {
            return done;
        }
        Node copy;
        if (original instanceof ScalarNode scalar) {
            copy = new Scalar(scalar);
        } else if (original instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                items.add(node(item));
            }
            copy = new SequenceNode(sequence.getTag(), sequence.isResolved(), items, sequence.getFlowStyle(),
                    mark(sequence.getStartMark()), mark(sequence.getEndMark()));
        } else if (original instanceof MappingNode mapping) {
            List<NodeTuple> entries = new ArrayList<>(mapping.getValue().size());
            for (NodeTuple entry : mapping.getValue()) {
                entries.add(new NodeTuple(node(entry.getKeyNode()), node(entry.getValueNode())));
            }
            MappingNode mappingCopy = new MappingNode(mapping.getTag(), mapping.isResolved(), entries,
                    mapping.getFlowStyle(), mark(mapping.getStartMark()), mark(mapping.getEndMark()));
            mappingCopy.setHasMergeTag(mapping.hasMergeTag());
            copy = mappingCopy;
        } else {
            // SnakeYAML Engine composes nothing else (an anchor node only exists while composing)
            copy = original;
        }
        copies.put(original, copy);
        return copy;
    }

    /** A scalar whose start and end are six numbers; a missing mark is a line of -1. */
    private static final class Scalar extends ScalarNode {
        private final int startIndex;
        private final int startLine;
        private final int startColumn;
        private final int endIndex;
        private final int endLine;
        private final int endColumn;

        Scalar(ScalarNode original) {
            super(original.getTag(), original.isResolved(), original.getValue(), original.getScalarStyle(),
                    Optional.empty(), Optional.empty());
            Mark start = original.getStartMark().orElse(null);
            Mark end = original.getEndMark().orElse(null);
            this.startIndex = start == null ? 0 : start.getIndex();
            this.startLine = start == null ? -1 : start.getLine();
            this.startColumn = start == null ? 0 : start.getColumn();
            this.endIndex = end == null ? 0 : end.getIndex();
            this.endLine = end == null ? -1 : end.getLine();
            this.endColumn = end == null ? 0 : end.getColumn();
        }

        @Override
        public Optional<Mark> getStartMark() {
            return mark(startIndex, startLine, startColumn);
        }

        @Override
        public Optional<Mark> getEndMark() {
            return mark(endIndex, endLine, endColumn);
        }

        private static Optional<Mark> mark(int index, int line, int column) {
            return line < 0 ? Optional.empty() : Optional.of(new Mark(LABEL, index, line, column, NO_BUFFER, 0));
        }
    }

    /** A mark without the reader's buffer, for the few collection nodes (one in eight nodes at x100). */
    private static Optional<Mark> mark(Optional<Mark> mark) {
        return mark.map(m -> new Mark(LABEL, m.getIndex(), m.getLine(), m.getColumn(), NO_BUFFER, 0));
    }
}

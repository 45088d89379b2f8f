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
 * and the line and column of each node. Every SnakeYAML {@link Mark} holds the reader's window of
 * the input as {@code int} code points, and the composer gives each node fresh comment lists:
 * at x100 (27,800 pages) the front matter trees of all documents, alive until the rules had run,
 * held ~400 MB, of which ~140 MB of mark buffers and ~80 MB of marks (heap histogram, issue 9).
 * Nodes an alias shares stay shared. The tree must be acyclic ({@link BoundedYaml} refuses cycles),
 * and its depth is bounded by the same limit, so the recursion is too.
 */
final class CompactNodes {
    private static final int[] NO_BUFFER = new int[0];

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
            copy = new ScalarNode(scalar.getTag(), scalar.isResolved(), scalar.getValue(), scalar.getScalarStyle(),
                    mark(scalar.getStartMark()), mark(scalar.getEndMark()));
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

    private static Optional<Mark> mark(Optional<Mark> mark) {
        return mark.map(m -> new Mark(m.getName(), m.getIndex(), m.getLine(), m.getColumn(), NO_BUFFER, 0));
    }
}

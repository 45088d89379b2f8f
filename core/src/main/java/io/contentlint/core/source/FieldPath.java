package io.contentlint.core.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A path into front matter as the configuration writes it: {@code producer}, {@code api[]},
 * {@code access_page[].description}. {@code []} walks every item of a list; a path that meets
 * a value of another shape selects nothing there (the schema rule reports shapes).
 */
public record FieldPath(List<Step> steps) {

    /** One key, and whether its value is a list to walk. */
    public record Step(String key, boolean eachItem) {
    }

    public FieldPath {
        steps = List.copyOf(steps);
    }

    public static FieldPath parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            boolean each = part.endsWith("[]");
            String key = each ? part.substring(0, part.length() - 2) : part;
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty step in field path \"" + text + "\"");
            }
            if (key.contains("[") || key.contains("]") || !key.strip().equals(key)) {
                throw new IllegalArgumentException("\"" + part + "\" in field path \"" + text
                        + "\" is not a key, optionally followed by []");
            }
            steps.add(new Step(key, each));
        }
        return new FieldPath(steps);
    }

    /**
     * The nodes this path selects under {@code root}, in document order, each once. Aliases share
     * nodes: {@code a: [*m, *m, ...]} with {@code m: {b: [*n, *n, ...]}} would select the same node
     * once per route to it, a product that grows with every {@code []} step; keeping one of each
     * bounds every step by the number of nodes the YAML really has.
     */
    public List<Node> select(Node root) {
        List<Node> current = List.of(root);
        for (Step step : steps) {
            List<Node> next = new ArrayList<>();
            Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Node node : current) {
                Node value = valueOf(node, step.key());
                if (value == null) {
                    continue;
                }
                if (step.eachItem()) {
                    if (value instanceof SequenceNode sequence) {
                        for (Node item : sequence.getValue()) {
                            if (seen.add(item)) {
                                next.add(item);
                            }
                        }
                    }
                } else if (seen.add(value)) {
                    next.add(value);
                }
            }
            current = next;
        }
        return current;
    }

    /** The value of {@code key} in a mapping node, or null. */
    public static Node valueOf(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return String.join(".", steps.stream().map(s -> s.key() + (s.eachItem() ? "[]" : "")).toList());
    }
}

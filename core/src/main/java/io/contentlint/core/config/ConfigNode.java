package io.contentlint.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A mapping of the configuration file read strictly: every key must be one the reader asks for,
 * every value of the expected shape, and each complaint names the file and line.
 */
final class ConfigNode {
    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    ConfigNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "\"" + displayPath() + "\" must be a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalarText(tuple.getKeyNode());
            if (entries.put(key, tuple) != null) {
                throw error(tuple.getKeyNode(), "the key \"" + qualified(key) + "\" appears twice");
            }
        }
    }

    /** Rejects any key not in {@code known}, naming the closest known one. */
    ConfigNode allowOnly(Set<String> known) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                String closest = Closest.among(entry.getKey(), known)
                        .map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("; known keys: " + String.join(", ", known.stream().sorted().toList()));
                throw error(entry.getValue().getKeyNode(), "unknown key \"" + qualified(entry.getKey()) + "\"" + closest);
            }
        }
        return this;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<String> string(String key) {
        return value(key).map(v -> scalarText(v, qualified(key)));
    }

    String string(String key, String fallback) {
        return string(key).orElse(fallback);
    }

    String requiredString(String key) {
        return string(key).orElseThrow(() -> error(node, "\"" + displayPath() + "\" needs the key \"" + key + "\""));
    }

    boolean bool(String key, boolean fallback) {
        return value(key).map(v -> {
            if (v instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                return Boolean.parseBoolean(scalar.getValue().toLowerCase());
            }
            throw error(v, "\"" + qualified(key) + "\" must be true or false");
        }).orElse(fallback);
    }

    long number(String key, long fallback) {
        return value(key).map(v -> {
            if (v instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
                try {
                    return Long.parseLong(scalar.getValue());
                } catch (NumberFormatException e) {
                    // falls through to the error below
                }
            }
            throw error(v, "\"" + qualified(key) + "\" must be a whole number");
        }).orElse(fallback);
    }

    List<String> strings(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof ScalarNode) {
            return List.of(scalarText(value.get(), qualified(key)));
        }
        return sequence(key).stream().map(item -> scalarText(item, qualified(key))).toList();
    }

    List<Node> sequence(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        throw error(value.get(), "\"" + qualified(key) + "\" must be a list");
    }

    Map<String, String> stringMap(String key) {
        return child(key).map(ConfigNode::asStringMap).orElse(Map.of());
    }

    Map<String, String> asStringMap() {
        Map<String, String> result = new LinkedHashMap<>();
        entries.forEach((k, tuple) -> result.put(k, scalarText(tuple.getValueNode(), qualified(k))));
        return result;
    }

    Optional<ConfigNode> child(String key) {
        return value(key).map(v -> new ConfigNode(file, qualified(key), v));
    }

    ConfigNode item(Node itemNode, int index) {
        return new ConfigNode(file, path + "[" + index + "]", itemNode);
    }

    Node valueNode(String key) {
        return entries.get(key).getValueNode();
    }

    Node keyNode(String key) {
        return entries.get(key).getKeyNode();
    }

    ConfigException error(Node at, String message) {
        String line = at == null ? "" : at.getStartMark().map(m -> ":" + (m.getLine() + 1)).orElse("");
        return new ConfigException(file + line + ": " + message);
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private String scalarText(Node n) {
        return scalarText(n, displayPath());
    }

    private String scalarText(Node n, String what) {
        if (n instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(n, "\"" + what + "\" must be a single value, not a list or mapping");
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String displayPath() {
        return path.isEmpty() ? "(top level)" : path;
    }

    /** Lists of values are read item by item; this gives each item's own node. */
    static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : new ArrayList<>(List.of(node));
    }
}

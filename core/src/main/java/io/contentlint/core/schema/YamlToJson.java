package io.contentlint.core.schema;

import io.contentlint.core.source.FrontMatter;
import io.contentlint.core.source.Position;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns composed front matter into a {@link JsonTree}. Scalars take the type the YAML 1.2 core
 * schema resolved (the composer already tagged them): ints, floats, booleans, null, else text, so
 * {@code last_update: 11/10/2023} stays the text the site reads. Aliases share nodes in the
 * composed graph, so the copy is bounded: a "billion laughs" front matter of a few lines would
 * otherwise expand to millions of values, and a recursive alias ({@code &a [*a]}) forever.
 */
public final class YamlToJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final int maxValues;
    private final int maxDepth;

    /** @param maxValues how many values the expanded tree may hold; @param maxDepth how deep it may nest */
    public YamlToJson(int maxValues, int maxDepth) {
        this.maxValues = maxValues;
        this.maxDepth = maxDepth;
    }

    /** Why a front matter could not be turned into a tree. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        /** What went over the bound. */
        public enum Kind { TOO_MANY_VALUES, TOO_DEEP, RECURSIVE_ALIAS }

        private final Kind kind;
        private final transient Position position;

        TooLarge(Kind kind, Position position) {
            super(kind.name(), null, false, false);
            this.kind = kind;
            this.position = position;
        }

        public Kind kind() {
            return kind;
        }

        public Position position() {
            return position;
        }
    }

    public JsonTree convert(FrontMatter frontMatter, Node root) throws TooLarge {
        Walk walk = new Walk(frontMatter);
        JsonNode json = walk.value(root, "", 0);
        return new JsonTree(json, walk.values, walk.keys);
    }

    /** One conversion's state: the positions found so far, the values counted, the nodes being expanded. */
    private final class Walk {
        private final FrontMatter frontMatter;
        private final Map<String, Position> values = new HashMap<>();
        private final Map<String, Position> keys = new HashMap<>();
        private final Set<Node> expanding = Collections.newSetFromMap(new IdentityHashMap<>());
        private int count;
        /** The top-level field being converted: where an editor can act on an expansion that went too far. */
        private Position field;

        Walk(FrontMatter frontMatter) {
            this.frontMatter = frontMatter;
        }

        JsonNode value(Node node, String pointer, int depth) throws TooLarge {
            Position at = frontMatter.positionOf(node);
            if (++count > maxValues) {
                throw new TooLarge(TooLarge.Kind.TOO_MANY_VALUES, field != null ? field : at);
            }
            if (depth > maxDepth) {
                throw new TooLarge(TooLarge.Kind.TOO_DEEP, field != null ? field : at);
            }
            values.put(pointer, at);
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar);
            }
            if (!expanding.add(node)) {
                throw new TooLarge(TooLarge.Kind.RECURSIVE_ALIAS, field != null ? field : at);
            }
            try {
                return node instanceof SequenceNode sequence ? sequence(sequence, pointer, depth) : mapping((MappingNode) node, pointer, depth);
            } finally {
                expanding.remove(node);
            }
        }

        private ArrayNode sequence(SequenceNode sequence, String pointer, int depth) throws TooLarge {
            ArrayNode array = JSON.arrayNode();
            int index = 0;
            for (Node item : sequence.getValue()) {
                array.add(value(item, JsonTree.child(pointer, Integer.toString(index++)), depth + 1));
            }
            return array;
        }

        private ObjectNode mapping(MappingNode mapping, String pointer, int depth) throws TooLarge {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                // A key that is a list or mapping has no JSON equivalent; yaml-syntax users never write one,
                // and the schema still sees its value under the key's text form.
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                String childPointer = JsonTree.child(pointer, key);
                keys.put(childPointer, frontMatter.positionOf(tuple.getKeyNode()));
                if (depth == 0) {
                    field = frontMatter.positionOf(tuple.getKeyNode());
                }
                object.set(key, value(tuple.getValueNode(), childPointer, depth + 1));
            }
            return object;
        }
    }

    static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (Tag.INT.equals(tag)) {
            return integer(text);
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                double value = Double.parseDouble(text);
                // .inf and .nan have no JSON form: the schema sees the text, as a JSON reader would
                return Double.isFinite(value) ? JSON.numberNode(value) : JSON.stringNode(text);
            } catch (NumberFormatException e) {
                return JSON.stringNode(text);
            }
        }
        return JSON.stringNode(text);
    }

    /** Core schema ints: decimal with an optional sign, {@code 0o} octal, {@code 0x} hexadecimal. */
    private static JsonNode integer(String text) {
        try {
            BigInteger value;
            if (text.startsWith("0o")) {
                value = new BigInteger(text.substring(2), 8);
            } else if (text.startsWith("0x")) {
                value = new BigInteger(text.substring(2), 16);
            } else {
                value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            }
            return value.bitLength() < 32 ? JSON.numberNode(value.intValue())
                    : value.bitLength() < 64 ? JSON.numberNode(value.longValue()) : JSON.numberNode(value);
        } catch (NumberFormatException e) {
            return JSON.stringNode(text);
        }
    }
}

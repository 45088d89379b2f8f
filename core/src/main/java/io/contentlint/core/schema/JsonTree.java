package io.contentlint.core.schema;

import io.contentlint.core.source.Position;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Front matter as the JSON tree a schema validator reads, with the place in the file of every
 * value and every mapping key, by JSON pointer ({@code ""} is the whole front matter,
 * {@code /access_page/0/who}).
 */
public record JsonTree(JsonNode root, Map<String, Position> valuePositions, Map<String, Position> keyPositions) {

    public JsonTree {
        valuePositions = Map.copyOf(valuePositions);
        keyPositions = Map.copyOf(keyPositions);
    }

    public Optional<Position> valueAt(String pointer) {
        return Optional.ofNullable(valuePositions.get(pointer));
    }

    public Optional<Position> keyAt(String pointer) {
        return Optional.ofNullable(keyPositions.get(pointer));
    }

    /** {@code parent} + one step, escaped as RFC 6901 requires ({@code ~0}, {@code ~1}). */
    public static String child(String parent, String step) {
        return parent + "/" + step.replace("~", "~0").replace("/", "~1");
    }
}

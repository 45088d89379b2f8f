package io.contentlint.core.source;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The YAML block between the opening {@code ---} on line 1 and the closing {@code ---} or
 * {@code ...}. {@code contentStart..contentEnd} is the YAML text; {@code bodyStart} is where
 * the Markdown begins. YAML marks count from the first content line, which is file line
 * {@code firstContentLine}.
 */
public record FrontMatter(
        Status status,
        int contentStart,
        int contentEnd,
        int bodyStart,
        int firstContentLine,
        Node root,
        YamlError error) {

    public enum Status {
        /** The file does not start with {@code ---}. */
        ABSENT,
        /** An opening {@code ---} without a closing line. */
        UNTERMINATED,
        /** A complete block (its YAML may still be invalid: see {@link #error()}). */
        PRESENT
    }

    public static FrontMatter absent() {
        return new FrontMatter(Status.ABSENT, 0, 0, 0, 1, null, null);
    }

    public boolean isPresent() {
        return status == Status.PRESENT;
    }

    /** The root mapping, when the front matter is present, valid, and a mapping. */
    public Optional<MappingNode> mapping() {
        return root instanceof MappingNode mapping && error == null ? Optional.of(mapping) : Optional.empty();
    }

    /** Where a YAML node starts in the file. */
    public Position positionOf(Node node) {
        return node.getStartMark().map(this::positionOf).orElse(new Position(firstContentLine - 1, 1));
    }

    public Position positionOf(Mark mark) {
        return new Position(mark.getLine() + firstContentLine, mark.getColumn() + 1);
    }
}

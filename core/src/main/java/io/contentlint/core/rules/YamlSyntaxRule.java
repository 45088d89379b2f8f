package io.contentlint.core.rules;

import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.FrontMatter;
import io.contentlint.core.source.LineIndex;
import io.contentlint.core.source.Position;
import io.contentlint.core.source.YamlError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Front matter that the site cannot read: missing where the collection needs it, unterminated,
 * invalid YAML, duplicated keys (the site's parser rejects them), tabs used to indent, and tags
 * other than the YAML core schema's (which a careless loader would use to build objects).
 */
public final class YamlSyntaxRule implements Rule {
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    @Override
    public String id() {
        return "yaml-syntax";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        FrontMatter frontMatter = document.frontMatter();
        switch (frontMatter.status()) {
            case ABSENT -> {
                boolean required = site.config().collection(document.collection())
                        .map(c -> c.frontMatterRequired()).orElse(false);
                if (required) {
                    sink.report(Position.START, "missing", document.collection());
                }
            }
            case UNTERMINATED -> sink.report(Position.START, "unterminated");
            case PRESENT -> checkPresent(document, frontMatter, sink);
        }
    }

    private void checkPresent(Document document, FrontMatter frontMatter, FindingSink sink) {
        YamlError error = frontMatter.error();
        if (error != null) {
            sink.report(error.position(), "error." + error.kind().name(), error.args().toArray());
            return;
        }
        Node root = frontMatter.root();
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode)) {
            sink.report(frontMatter.positionOf(root), "notMapping");
            return;
        }
        List<int[]> blockScalarLines = new ArrayList<>();
        walk(root, frontMatter, sink, blockScalarLines, Collections.newSetFromMap(new IdentityHashMap<>()));
        reportTabIndentation(document, frontMatter, blockScalarLines, sink);
    }

    /** Visits each node once (aliases share nodes, and a cycle must not loop). */
    private void walk(Node node, FrontMatter frontMatter, FindingSink sink, List<int[]> blockScalarLines, Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            sink.report(frontMatter.positionOf(node), "tag", node.getTag().getValue());
        }
        if (node instanceof ScalarNode scalar) {
            if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
                int first = frontMatter.positionOf(scalar).line();
                int last = scalar.getEndMark().map(m -> frontMatter.positionOf(m).line()).orElse(first);
                blockScalarLines.add(new int[] {first, last});
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(item, frontMatter, sink, blockScalarLines, seen);
            }
        } else if (node instanceof MappingNode mapping) {
            Map<String, Node> firstByKey = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Node first = firstByKey.putIfAbsent(key.getValue(), key);
                    if (first != null) {
                        sink.report(frontMatter.positionOf(key), "duplicateKey", key.getValue(),
                                frontMatter.positionOf(first).line());
                    }
                }
                walk(tuple.getKeyNode(), frontMatter, sink, blockScalarLines, seen);
                walk(tuple.getValueNode(), frontMatter, sink, blockScalarLines, seen);
            }
        }
    }

    /** A tab before the first character of a line; inside a block scalar it is content, not indentation. */
    private static void reportTabIndentation(Document document, FrontMatter frontMatter, List<int[]> blockScalarLines,
            FindingSink sink) {
        LineIndex lines = document.source().lines();
        int firstLine = frontMatter.firstContentLine();
        int lastLine = lines.lineOf(Math.max(frontMatter.contentStart(), frontMatter.contentEnd() - 1));
        for (int line = firstLine; line <= lastLine && frontMatter.contentEnd() > frontMatter.contentStart(); line++) {
            String text = lines.lineText(line);
            int column = 0;
            while (column < text.length() && (text.charAt(column) == ' ' || text.charAt(column) == '\t')) {
                if (text.charAt(column) == '\t' && column < text.length() - 1 && !inBlockScalar(line, blockScalarLines)) {
                    sink.report(new Position(line, column + 1), "error.TAB_INDENT");
                    break;
                }
                column++;
            }
        }
    }

    private static boolean inBlockScalar(int line, List<int[]> ranges) {
        for (int[] range : ranges) {
            if (line > range[0] && line <= range[1]) {
                return true;
            }
        }
        return false;
    }
}

package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

class CompactNodesTest {
    private static final String YAML = """
            title: "API X"
            tags: &shared [un, 'deux', 3]
            again: *shared
            text: |
              [a](/b)
              c
            nested: {k: [v], n: ~}
            """;

    @Test
    void theCopyHasTheSameTagsValuesStylesAndPositions() {
        Node original = new BoundedYaml(LoadSettings.builder().build(), 64).compose(YAML).orElseThrow();
        Node copy = CompactNodes.copy(original);

        assertThat(dump(copy)).isEqualTo(dump(original)).contains("SCALAR str \"[a](/b)\\nc\\n\" | 3:6-6:0 @66");
    }

    @Test
    void nodesAnAliasSharesStayShared() {
        MappingNode copy = (MappingNode) CompactNodes.copy(
                new BoundedYaml(LoadSettings.builder().build(), 64).compose(YAML).orElseThrow());
        assertThat(copy.getValue().get(2).getValueNode()).isSameAs(copy.getValue().get(1).getValueNode());
    }

    /** Each node: kind, tag, value and style for scalars, then start and end line:column (0-based, as marks are). */
    private static String dump(Node node) {
        StringBuilder out = new StringBuilder(node.getNodeType() + " " + node.getTag().getValue().replace("tag:yaml.org,2002:", ""));
        if (node instanceof ScalarNode scalar) {
            out.append(" \"").append(scalar.getValue().replace("\n", "\\n")).append("\" ").append(scalar.getScalarStyle());
        }
        Mark start = node.getStartMark().orElseThrow();
        Mark end = node.getEndMark().orElseThrow();
        out.append(' ').append(start.getLine()).append(':').append(start.getColumn()).append('-')
                .append(end.getLine()).append(':').append(end.getColumn()).append(" @").append(start.getIndex()).append('\n');
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> out.append(dump(item)));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                out.append(dump(entry.getKeyNode())).append(dump(entry.getValueNode()));
            }
        }
        return out.toString();
    }
}

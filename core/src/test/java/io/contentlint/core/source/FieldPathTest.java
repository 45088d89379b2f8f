package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.config.Limits;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

class FieldPathTest {
    private final FrontMatterReader reader = new FrontMatterReader(Limits.DEFAULT);

    @Test
    void selectsEveryItemInDocumentOrder() {
        Node root = reader.read("---\naccess_page:\n  - description: un\n  - description: deux\n---\n").root();

        assertThat(FieldPath.parse("access_page[].description").select(root))
                .extracting(n -> ((ScalarNode) n).getValue()).containsExactly("un", "deux");
    }

    @Test
    void aNodeSharedThroughAliasesIsSelectedOnce() {
        // 24 aliases of a mapping holding 24 aliases: 576 routes to one list of 2,000 values
        String inner = "m: &m {b: &l [" + String.join(", ", Collections.nCopies(2000, "v")) + "]}\n"
                + "n: &n {a: [" + String.join(", ", Collections.nCopies(24, "*m")) + "]}\n";
        String outer = "a: [" + String.join(", ", Collections.nCopies(24, "*n")) + "]\n";
        Node root = reader.read("---\n" + inner + outer + "---\n").root();

        List<Node> selected = FieldPath.parse("a[].a[].b[]").select(root);

        assertThat(selected).hasSize(2000);
    }
}

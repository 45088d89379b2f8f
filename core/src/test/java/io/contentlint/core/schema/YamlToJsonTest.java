package io.contentlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contentlint.core.config.Limits;
import io.contentlint.core.source.FrontMatter;
import io.contentlint.core.source.FrontMatterReader;
import io.contentlint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import tools.jackson.databind.JsonNode;

class YamlToJsonTest {
    private static final YamlToJson CONVERTER = new YamlToJson(100_000, 64);

    private static JsonTree convert(String text) throws YamlToJson.TooLarge {
        FrontMatter frontMatter = new FrontMatterReader(Limits.DEFAULT).read(text);
        assertThat(frontMatter.error()).as("fixture YAML must be valid").isNull();
        return CONVERTER.convert(frontMatter, frontMatter.root());
    }

    @Test
    void scalarsTakeTheTypesOfTheYamlCoreSchema() throws Exception {
        JsonTree tree = convert("""
                ---
                is_open: -1
                uptime: 98.011
                hex: 0x1F
                noindex: false
                partners:
                quoted: "1"
                last_update: 11/10/2023
                answer: no
                big: 123456789012345678901234567890
                ---
                """);
        JsonNode root = tree.root();
        assertThat(root.get("is_open").isInt()).isTrue();
        assertThat(root.get("is_open").asInt()).isEqualTo(-1);
        assertThat(root.get("uptime").asDouble()).isEqualTo(98.011);
        assertThat(root.get("hex").asInt()).isEqualTo(31);
        assertThat(root.get("noindex").isBoolean()).isTrue();
        assertThat(root.get("partners").isNull()).isTrue();
        assertThat(root.get("quoted").isString()).isTrue();
        // a date the site reads as text stays text; YAML 1.2 core has no timestamps
        assertThat(root.get("last_update").asString()).isEqualTo("11/10/2023");
        // YAML 1.1 would read "no" as false; the site (and the core schema) read text
        assertThat(root.get("answer").asString()).isEqualTo("no");
        assertThat(root.get("big").isBigInteger()).isTrue();
    }

    @Test
    void everyValueAndKeyKeepsItsPlaceInTheFile() throws Exception {
        JsonTree tree = convert("""
                ---
                title: API X
                themes:
                  - Entreprise
                access_page:
                  - who:
                      - Un particulier
                    is_eligible: 1
                ---
                """);
        assertThat(tree.valueAt("/title")).contains(new Position(2, 8));
        assertThat(tree.keyAt("/title")).contains(new Position(2, 1));
        assertThat(tree.valueAt("/themes/0")).contains(new Position(4, 5));
        assertThat(tree.valueAt("/access_page/0")).contains(new Position(6, 5));
        assertThat(tree.valueAt("/access_page/0/who/0")).contains(new Position(7, 9));
        assertThat(tree.keyAt("/access_page/0/is_eligible")).contains(new Position(8, 5));
        assertThat(tree.valueAt("/access_page/0/is_eligible")).contains(new Position(8, 18));
    }

    @Test
    void crlfLineEndingsDoNotShiftPositionsOrLeakIntoValues() throws Exception {
        JsonTree tree = convert("---\r\ntitle: API X\r\nis_open: 1\r\n---\r\n");
        assertThat(tree.root().get("title").asString()).isEqualTo("API X");
        assertThat(tree.valueAt("/is_open")).contains(new Position(3, 10));
    }

    @Test
    void keysWithSlashesAndTildesAreEscapedInPointers() throws Exception {
        JsonTree tree = convert("---\na/b~c: 1\n---\n");
        assertThat(tree.valueAt("/a~1b~0c")).contains(new Position(2, 8));
    }

    /** 40 aliases (under the parser's bound of 50) that expand to over 100 000 values. */
    @Test
    void aliasBombIsRefusedInsteadOfExpanded() {
        String ten = "[x, x, x, x, x, x, x, x, x, x]";
        String text = "---\na: &a " + ten + "\nb: &b " + aliases("a") + "\nc: &c " + aliases("b")
                + "\nd: &d " + aliases("c") + "\ne: " + aliases("d") + "\n---\n";
        assertThatThrownBy(() -> convert(text))
                .isInstanceOfSatisfying(YamlToJson.TooLarge.class,
                        e -> assertThat(e.kind()).isEqualTo(YamlToJson.TooLarge.Kind.TOO_MANY_VALUES));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String text = "---\na: " + "[".repeat(10) + "]".repeat(10) + "\n---\n";
        FrontMatter frontMatter = new FrontMatterReader(Limits.DEFAULT).read(text);
        assertThatThrownBy(() -> new YamlToJson(1000, 5).convert(frontMatter, frontMatter.root()))
                .isInstanceOfSatisfying(YamlToJson.TooLarge.class,
                        e -> assertThat(e.kind()).isEqualTo(YamlToJson.TooLarge.Kind.TOO_DEEP));
    }

    /** A graph that contains itself (what a recursive alias composes to) must not loop. */
    @Test
    void aSequenceContainingItselfIsRefused() {
        List<Node> items = new ArrayList<>();
        SequenceNode loop = new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW);
        items.add(loop);
        MappingNode root = new MappingNode(Tag.MAP, List.of(new NodeTuple(
                new ScalarNode(Tag.STR, "a", ScalarStyle.PLAIN), loop)), FlowStyle.BLOCK);
        assertThatThrownBy(() -> CONVERTER.convert(FrontMatter.absent(), root))
                .isInstanceOfSatisfying(YamlToJson.TooLarge.class,
                        e -> assertThat(e.kind()).isEqualTo(YamlToJson.TooLarge.Kind.RECURSIVE_ALIAS));
    }

    private static String aliases(String anchor) {
        return "[" + String.join(", ", java.util.Collections.nCopies(10, "*" + anchor)) + "]";
    }
}

package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contentlint.core.config.Limits;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The bounds SnakeYAML Engine leaves to us, seen through the front matter reader. */
class BoundedYamlTest {
    private final FrontMatterReader reader = new FrontMatterReader(Limits.DEFAULT);

    private static String nested(int depth) {
        return "---\nliste: " + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "\n---\n";
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        // the root mapping counts as one level
        FrontMatter frontMatter = reader.read(nested(Limits.DEFAULT.yamlMaxDepth()));

        assertThat(frontMatter.error()).isNull();
        assertThat(frontMatter.root()).isInstanceOf(MappingNode.class);
    }

    @Test
    void nestingPastTheLimitIsAnErrorWhereItGoesTooDeep() {
        FrontMatter frontMatter = reader.read(nested(Limits.DEFAULT.yamlMaxDepth() + 1));

        assertThat(frontMatter.error().kind()).isEqualTo(YamlError.Kind.TOO_DEEP);
        assertThat(frontMatter.error().position()).isEqualTo(new Position(2, 8 + Limits.DEFAULT.yamlMaxDepth() - 1));
        assertThat(frontMatter.root()).isNull();
    }

    @Test
    void nestingFarPastTheStackIsAnErrorNotAnOverflow() {
        assertThat(reader.read(nested(200_000)).error().kind()).isEqualTo(YamlError.Kind.TOO_DEEP);
    }

    @Test
    void theDepthLimitIsConfigurable() {
        Limits shallow = new Limits(Limits.DEFAULT.maxFileBytes(), 50, 3, 1_000_000, 4096);

        assertThat(new FrontMatterReader(shallow).read(nested(3)).error()).isNull();
        assertThat(new FrontMatterReader(shallow).read(nested(4)).error().kind()).isEqualTo(YamlError.Kind.TOO_DEEP);
    }

    @Test
    void frontMatterOverTheCodePointLimitIsTooLarge() {
        Limits small = new Limits(Limits.DEFAULT.maxFileBytes(), 50, 64, 1000, 4096);

        FrontMatter frontMatter = new FrontMatterReader(small).read("---\ntitle: " + "é".repeat(2000) + "\n---\n");

        assertThat(frontMatter.error().kind()).isEqualTo(YamlError.Kind.TOO_LARGE);
    }

    @Test
    void anAliasInsideTheNodeItNamesIsACycle() {
        FrontMatter frontMatter = reader.read("---\ntitle: x\nliste: &boucle\n  - un\n  - *boucle\n---\n");

        assertThat(frontMatter.error().kind()).isEqualTo(YamlError.Kind.ALIAS_CYCLE);
        assertThat(frontMatter.error().position().line()).isEqualTo(3);
    }

    @Test
    void aMappingAliasedInsideItselfIsACycle() {
        assertThat(reader.read("---\na: &m {b: {c: *m}}\n---\n").error().kind()).isEqualTo(YamlError.Kind.ALIAS_CYCLE);
    }

    @Test
    void sharedNodesWithoutACycleAreFine() {
        FrontMatter frontMatter = reader.read("---\nbase: &b [1, 2]\nx: [*b, *b]\ny: {z: *b}\n---\n");

        assertThat(frontMatter.error()).isNull();
        SequenceNode x = (SequenceNode) FieldPath.valueOf(frontMatter.root(), "x");
        assertThat(x.getValue().get(0)).isSameAs(x.getValue().get(1));
    }

    @Test
    void javaTagsAreComposedAsTaggedNodesAndNothingIsBuilt() {
        FrontMatter frontMatter = reader.read("---\ntitle: !!io.contentlint.core.source.BoundedYamlTest$Tripwire [1]\n---\n");

        assertThat(frontMatter.error()).isNull();
        Node title = FieldPath.valueOf(frontMatter.root(), "title");
        assertThat(title).isInstanceOf(SequenceNode.class);
        assertThat(title.getTag().getValue()).isEqualTo("tag:yaml.org,2002:io.contentlint.core.source.BoundedYamlTest$Tripwire");
    }

    /** Loading or building this class fails the test run: composing must do neither. */
    static final class Tripwire {
        static {
            if (Boolean.TRUE) {
                throw new IllegalStateException("a YAML tag made SnakeYAML load " + Tripwire.class.getName());
            }
        }
    }
}

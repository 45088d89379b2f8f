package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.config.Limits;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

class FrontMatterReaderTest {
    private final FrontMatterReader reader = new FrontMatterReader(Limits.DEFAULT);

    @Test
    void valuesKeepTheirFileLineAndColumn() {
        String text = "---\ntitle: API Exemple\nis_open: 1\n---\nbody\n";

        FrontMatter frontMatter = reader.read(text);

        ScalarNode isOpen = (ScalarNode) FieldPath.valueOf(frontMatter.root(), "is_open");
        assertThat(frontMatter.positionOf(isOpen)).isEqualTo(new Position(3, 10));
        assertThat(isOpen.getTag()).isEqualTo(Tag.INT);
        assertThat(text.substring(frontMatter.bodyStart())).isEqualTo("body\n");
    }

    @Test
    void yaml12KeepsNoAndOnAsText() {
        FrontMatter frontMatter = reader.read("---\nanswer: no\nswitch: on\n---\n");

        assertThat(((ScalarNode) FieldPath.valueOf(frontMatter.root(), "answer")).getTag()).isEqualTo(Tag.STR);
        assertThat(((ScalarNode) FieldPath.valueOf(frontMatter.root(), "switch")).getTag()).isEqualTo(Tag.STR);
    }

    @Test
    void crlfValuesCarryNoCarriageReturn() {
        FrontMatter frontMatter = reader.read("---\r\ntitle: API X\r\n---\r\nbody");

        assertThat(((ScalarNode) FieldPath.valueOf(frontMatter.root(), "title")).getValue()).isEqualTo("API X");
    }

    @Test
    void blockBoundsAreTheSameWhateverTheLineBreaks() {
        for (String br : new String[] {"\n", "\r\n", "\r"}) {
            String text = "---" + br + "a: 1" + br + "---  " + br + "body";
            FrontMatter frontMatter = reader.read(text);
            int close = text.indexOf("---  ");
            assertThat(frontMatter.contentStart()).as(br).isEqualTo(3 + br.length());
            assertThat(frontMatter.contentEnd()).as(br).isEqualTo(close);
            assertThat(frontMatter.bodyStart()).as(br).isEqualTo(close + 5 + br.length());
        }
        FrontMatter closedAtTheEnd = reader.read("---\na: 1\n---");
        assertThat(closedAtTheEnd.bodyStart()).isEqualTo(closedAtTheEnd.contentEnd() + 3);
        assertThat(reader.read("---").status()).isEqualTo(FrontMatter.Status.UNTERMINATED);
        assertThat(reader.read("---\n").status()).isEqualTo(FrontMatter.Status.UNTERMINATED);
        assertThat(reader.read("---\na: 1\n----\n").status()).isEqualTo(FrontMatter.Status.UNTERMINATED);
    }

    @Test
    void threeDotsAlsoCloseTheFrontMatter() {
        assertThat(reader.read("---\na: 1\n...\nbody").isPresent()).isTrue();
    }

    @Test
    void aLeadingBomDoesNotHideTheFrontMatter() {
        assertThat(reader.read("\uFEFF---\na: 1\n---\n").isPresent()).isTrue();
    }

    @Test
    void noOpeningLineMeansNoFrontMatter() {
        assertThat(reader.read("# Title\n---\n").status()).isEqualTo(FrontMatter.Status.ABSENT);
    }

    @Test
    void anOpeningLineWithoutClosingLineIsUnterminated() {
        assertThat(reader.read("---\na: 1\n").status()).isEqualTo(FrontMatter.Status.UNTERMINATED);
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        FrontMatter frontMatter = reader.read("---\ntitle: \"API\nb: 1\nc: \"x\" y\n---\n");

        assertThat(frontMatter.error().kind()).isEqualTo(YamlError.Kind.UNCLOSED_QUOTE);
        assertThat(frontMatter.error().position()).isEqualTo(new Position(2, 8));
    }

    @Test
    void tooManyAliasesIsAnErrorNotAnExpansion() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x]\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("k").append(i).append(": *a\n");
        }
        FrontMatter frontMatter = reader.read(yaml.append("---\n").toString());

        assertThat(frontMatter.error().kind()).isEqualTo(YamlError.Kind.TOO_MANY_ALIASES);
    }
}

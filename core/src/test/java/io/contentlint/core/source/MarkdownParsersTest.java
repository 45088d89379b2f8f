package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import io.contentlint.core.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parser with a shared HTML block factory builds the same trees as flexmark's default one. */
class MarkdownParsersTest {
    private final Parser shared = MarkdownParsers.commonMark();
    private final Parser original = Parser.builder().build();

    /** Each of the seven CommonMark HTML block kinds, where they may and may not interrupt, nested. */
    private static final String HTML_BLOCKS = """
            <script>
            [a](/in-script)
            </script>

            <!-- comment
            [b](/in-comment) -->

            <?php echo 1; ?>

            <!DOCTYPE html>

            <![CDATA[
            [c](/in-cdata)
            ]]>

            <div class="x">
            *not emphasis*

            [d](/after-div)
            </div>

            <Button href="/jsx">[e](/jsx-child)</Button>

            paragraph
            <div>kind 6 interrupts a paragraph</div>
            paragraph
            <span>kind 7 does not interrupt</span>

            > <table><tr><td>[f](/in-quote)</td></tr></table>

            - item
              <details>
              [g](/in-list)
              </details>

                <div>indented code</div>
            """;

    @Test
    void buildsTheSameTreeForEveryKindOfHtmlBlock() {
        assertThat(tree(shared, HTML_BLOCKS)).isEqualTo(tree(original, HTML_BLOCKS)).contains("HtmlBlock");
        // a second parse reuses the factory and its compiled patterns
        assertThat(tree(shared, HTML_BLOCKS)).isEqualTo(tree(original, HTML_BLOCKS));
    }

    @Test
    void buildsTheSameTreesForEveryCorpusPage() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(Corpus.apiGouvFr())) {
            pages = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(200);
        for (Path page : pages) {
            String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
            assertThat(tree(shared, text)).as(page.toString()).isEqualTo(tree(original, text));
        }
    }

    private static String tree(Parser parser, String text) {
        StringBuilder out = new StringBuilder();
        dump(parser.parse(text), 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append('[').append(node.getStartOffset()).append(',').append(node.getEndOffset()).append("]\n");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }
}

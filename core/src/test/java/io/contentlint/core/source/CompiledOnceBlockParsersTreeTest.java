package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

/** The parser with block factories built once builds the same trees as flexmark's default one, for every HTML block kind. */
class CompiledOnceBlockParsersTreeTest {
    private final Parser shared = CompiledOnceBlockParsers.parser();
    private final Parser original = Parser.builder().build();

    /** Each of the seven CommonMark HTML block kinds, where they may and may not interrupt, nested; headings of both kinds. */
    private static final String HTML_BLOCKS = """
            # ATX heading
            Setext heading
            --------------
            
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

package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import io.contentlint.core.testing.Corpus;
import io.contentlint.core.testing.PathologicalMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BudgetedTextTest {
    private final Parser flexmark = Parser.builder().build();
    private final BoundedMarkdown bounded = new BoundedMarkdown();

    @Test
    void piecesKeepTheirOffsetsInTheText() {
        BudgetedText text = BudgetedText.of("ab\ncd\u0000e", 0, 1_000);
        BudgetedText piece = text.subSequence(3, 7).subSequence(1, 4);

        assertThat(piece.getStartOffset()).isEqualTo(4);
        assertThat(piece.getEndOffset()).isEqualTo(7);
        assertThat((Object) piece.getBaseSequence()).isSameAs(text);
        assertThat(piece.getBase()).isSameAs(text.getBase());
        assertThat(piece.getIndexOffset(3)).isEqualTo(7);
        // NUL reads as U+FFFD, as in flexmark's own sequences, whichever way it is read
        assertThat(piece.toString()).isEqualTo("d\uFFFDe");
        assertThat(piece.charAt(1)).isEqualTo('\uFFFD');
        assertThat((Object) piece.baseSubSequence(4, 7)).isSameAs(piece);
    }

    @Test
    void readsPastTheBudgetStopTheParseAndCopiesCountAsReads() {
        BudgetedText text = BudgetedText.of("abcdef", 0, 8);
        text.charAt(0);
        text.subSequence(1, 3).toString();
        assertThatThrownBy(() -> text.toString()).isInstanceOf(BudgetedText.BudgetExceeded.class);

        BudgetedText parsed = BudgetedText.of("abcdef", 0, 2);
        parsed.stopCounting();
        for (int i = 0; i < 10; i++) {
            assertThat(parsed.subSequence(1, 6).toString()).isEqualTo("bcdef");
        }
    }

    /** The front matter reads as blanks, its line breaks kept, so the body parses at its own offsets. */
    @Test
    void theFrontMatterReadsAsBlankLines() {
        String text = "---\r\ntitle: a\u0000b\r---\n# Body \u0000\n";
        int bodyStart = text.indexOf('#');
        String blanked = "   \r\n          \r   \n# Body \uFFFD\n";

        assertThat(BudgetedText.of(text, bodyStart, 1_000).toString()).isEqualTo(blanked);
        assertThat(BudgetedText.of(text, bodyStart, 1_000).charAt(7)).isEqualTo(' ');
        com.vladsch.flexmark.util.ast.Document document = bounded.parse(text, bodyStart);
        assertThat(tree(document)).isEqualTo(tree(flexmark.parse(blanked)));
        assertThat(document.getFirstChild()).isInstanceOf(com.vladsch.flexmark.ast.Heading.class);
        assertThat(document.getFirstChild().getStartOffset()).isEqualTo(20);
        assertThat(document.getFirstChild().getEndOffset()).isEqualTo(28);
    }

    /** Offsets are positions of findings: our sequence must give the very tree flexmark gives for a String. */
    @Test
    void theTreeIsFlexmarksOwn() throws IOException {
        List<String> texts = new java.util.ArrayList<>(List.of("a\u0000b [x](y) `c`\n\n    code\n",
                "- item\n  continued [ref]\n\n  > quote <b>html</b>\n\n[ref]: /url \"title\"\n",
                "# h\n\n<div>\nblock\n</div>\n\n```java\nfenced\n```\n<https://auto.link> ![i](/img.png)\r\n"));
        PathologicalMarkdown.cases(200).values().forEach(texts::add);
        try (Stream<Path> files = Files.walk(Corpus.apiGouvFr())) {
            for (Path page : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                texts.add(new String(Files.readAllBytes(page), StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);

        for (String text : texts) {
            com.vladsch.flexmark.util.ast.Document document = bounded.parse(text, 0);
            if (BoundedMarkdown.TOO_COMPLEX.get(document)) {
                continue; // deeply nested lists and backticks, even 200 deep
            }
            assertThat(tree(document)).isEqualTo(tree(flexmark.parse(text)));
        }
    }

    /** Measures the figure {@link BoundedMarkdown}'s budget is set from. */
    @Test
    void realPagesReadEachCharacterFewerThanFiftyTimes() throws IOException {
        double most = 0;
        try (Stream<Path> files = Files.walk(Corpus.apiGouvFr())) {
            for (Path page : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
                BudgetedText budgeted = BudgetedText.of(text, 0, Long.MAX_VALUE);
                flexmark.parse(budgeted);
                most = Math.max(most, (double) budgeted.reads() / text.length());
            }
        }
        System.out.println("most reads per character: " + most);
        assertThat(most).isLessThan(50);
    }

    /** Each node with its class, offsets and the text and offsets of its parts (link URL, title...). */
    private static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        out.append(node).append(" \"").append(node.getChars()).append("\"\n");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out);
        }
    }
}

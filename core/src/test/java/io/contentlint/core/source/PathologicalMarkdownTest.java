package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.contentlint.core.config.Limits;
import io.contentlint.core.testing.PathologicalMarkdown;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Flexmark on the CommonMark pathological inputs, through our reader: parsed, not crashed, not hung. */
class PathologicalMarkdownTest {
    private static final int N = 10_000;
    /**
     * Where flexmark 0.64.8 is quadratic or worse (it rereads the text thousands of times per
     * character) or overflows its stack: the body is left unparsed, within the budget.
     */
    private static final Set<String> TOO_COMPLEX_FOR_FLEXMARK = Set.of("bracket-paren-pattern", "deeply-nested-lists",
            "backticks", "unclosed-links-angle", "unclosed-links", "unclosed-cdata", "unclosed-declarations",
            "unclosed-processing-instructions", "nested-inlines", "reference-definitions");

    static Stream<Arguments> cases() {
        return PathologicalMarkdown.cases(N).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isParsedWithoutFailure(String name, String body) {
        byte[] bytes = ("---\ntitle: x\n---\n" + body).getBytes(StandardCharsets.UTF_8);

        // generous: each takes well under a second here; a hang or an exponential case fails
        Document document = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new DocumentReader(Limits.DEFAULT).parse("_data/guides/" + name + ".md", "guides", bytes));

        assertThat(document.skip()).as(name).isEmpty();
        assertThat(document.frontMatter().mapping()).as(name).isPresent();
        if (TOO_COMPLEX_FOR_FLEXMARK.contains(name)) {
            // an empty tree: nothing is taken from the body
            assertThat(document.markdownTooComplex()).as(name).isTrue();
            assertThat(document.headings()).as(name).isEmpty();
            assertThat(document.links().links()).as(name).isEmpty();
            assertThat(document.links().failure()).as(name).isNull();
        } else {
            assertThat(document.markdownTooComplex()).as(name).isFalse();
            assertThat(document.links().failure()).as(name).isNull();
        }
    }

    @org.junit.jupiter.api.Test
    void aHeadingNestedThousandsDeepKeepsItsText() {
        String body = PathologicalMarkdown.cases(N).get("nested-emphasis-in-heading");
        Document document = new DocumentReader(Limits.DEFAULT)
                .parse("_data/guides/h.md", "guides", ("---\ntitle: x\n---\n" + body).getBytes(StandardCharsets.UTF_8));

        assertThat(document.headings()).hasSize(1);
        assertThat(document.headings().get(0).text()).contains("a");
    }

    /** The budget must never cost a real page its checks: api.gouv.fr reads each character at most 44 times. */
    @org.junit.jupiter.api.Test
    void noRealPageIsTooComplex() throws java.io.IOException {
        java.nio.file.Path corpus = io.contentlint.core.testing.Corpus.apiGouvFr();
        DocumentReader reader = new DocumentReader(Limits.DEFAULT);
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(corpus)) {
            List<java.nio.file.Path> pages = files.filter(f -> f.toString().endsWith(".md")).toList();
            assertThat(pages).hasSizeGreaterThan(100);
            for (java.nio.file.Path page : pages) {
                Document document = reader.parse(page.toString(), "guides", java.nio.file.Files.readAllBytes(page));
                assertThat(document.markdownTooComplex()).as(page.toString()).isFalse();
            }
        }
    }
}

package io.contentlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes as a document of each collection kind: decoding, front matter, YAML,
 * Markdown, indexing and every rule of {@code RuleRegistry.standard()} (rules merged later are
 * covered without touching this class). {@code mvn verify} replays the committed inputs under
 * {@code DocumentPipelineFuzzTestInputs/anyBytes}; {@code JAZZER_FUZZ=1} fuzzes (see README).
 */
class DocumentPipelineFuzzTest {
    private final OneDocument pipeline = new OneDocument();

    @FuzzTest(maxDuration = "10m")
    void anyBytes(byte[] bytes) {
        // api: key field and Markdown-bearing fields; guides: references to other documents
        pipeline.check("_data/api/fuzz.md", "api", bytes);
        pipeline.check("_data/guides/fuzz.md", "guides", bytes);
    }
}

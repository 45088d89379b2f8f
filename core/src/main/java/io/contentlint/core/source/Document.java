package io.contentlint.core.source;

import io.contentlint.core.links.DocumentLinks;
import java.util.List;
import java.util.Optional;

/**
 * A file of a collection, read and parsed once: its source, front matter, and what the rules need
 * of its Markdown body (code regions, links, headings), extracted while reading. The flexmark tree
 * itself is not kept: at x100 (27,800 files) the trees of every document, alive until the rules
 * had run, took the run to 1.93 GB RSS (issue 9). Offsets are offsets in {@link #text()}. A
 * document that could not be read as text ({@code skipped}) carries only the reason.
 * {@code markdownTooComplex}: the body was too complex to parse within bounds, so it has no
 * code regions, links or headings.
 */
public record Document(
        String collection,
        String slug,
        SourceFile source,
        FrontMatter frontMatter,
        CodeRegions codeRegions,
        DocumentLinks links,
        boolean markdownTooComplex,
        List<Heading> headings,
        Suppressions suppressions,
        Skip skipped) {

    /**
     * Why a file got no further checks. {@code PARSE_FAILED}: reading it threw (a defect of ours,
     * reported as {@code internal-error}); {@code cause} is that exception, null otherwise.
     */
    public record Skip(Reason reason, String detail, Throwable cause) {
        public enum Reason { TOO_LARGE, BINARY, UNREADABLE, PARSE_FAILED }

        public Skip(Reason reason, String detail) {
            this(reason, detail, null);
        }
    }

    public Document {
        headings = List.copyOf(headings);
    }

    public String path() {
        return source.path();
    }

    public String text() {
        return source.text();
    }

    public Position position(int offset) {
        return source.position(offset);
    }

    public boolean isSkipped() {
        return skipped != null;
    }

    public Optional<Skip> skip() {
        return Optional.ofNullable(skipped);
    }
}

package io.contentlint.core.source;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.contentlint.core.config.CollectionConfig;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.Limits;
import io.contentlint.core.links.DocumentLinks;
import io.contentlint.core.links.LinkExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a file once and parses everything the rules need: text, lines, front matter, and from the
 * Markdown tree its code regions, links and headings; the tree is then dropped (see {@link Document}).
 */
public final class DocumentReader {
    private final Limits limits;
    private final FrontMatterReader frontMatterReader;
    private final BoundedMarkdown markdownParser = new BoundedMarkdown();
    private final Map<String, LinkExtractor> extractors;
    private final LinkExtractor plainExtractor = new LinkExtractor(List.of());

    /** Reads the collections of {@code config}, with the links of their Markdown front matter fields. */
    public DocumentReader(Config config) {
        this(config.limits(), config.collections().values().stream()
                .collect(Collectors.toMap(CollectionConfig::name, CollectionConfig::markdownFields)));
    }

    /** Reads files outside a configured site: no front matter field is taken for Markdown. */
    public DocumentReader(Limits limits) {
        this(limits, Map.of());
    }

    /** @param markdownFields per collection, the front matter fields that hold Markdown (links are found there too) */
    public DocumentReader(Limits limits, Map<String, List<String>> markdownFields) {
        this.limits = limits;
        this.frontMatterReader = new FrontMatterReader(limits);
        Map<String, LinkExtractor> byCollection = new HashMap<>();
        markdownFields.forEach((collection, fields) -> byCollection.put(collection, new LinkExtractor(fields)));
        this.extractors = Map.copyOf(byCollection);
    }

    /** Reads {@code root/path}; I/O problems become a skipped document, never an exception. */
    public Document read(Path root, String path, String collection) {
        Path file = root.resolve(path);
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return skipped(path, collection, Document.Skip.Reason.TOO_LARGE, Long.toString(size));
            }
            // at most one byte past the limit, and never through a link: the file may have grown or been
            // swapped for a symbolic link since it was listed
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            }
            if (bytes.length > limits.maxFileBytes()) {
                return skipped(path, collection, Document.Skip.Reason.TOO_LARGE, Long.toString(Math.max(bytes.length, Files.size(file))));
            }
            return parse(path, collection, bytes);
        } catch (IOException e) {
            return skipped(path, collection, Document.Skip.Reason.UNREADABLE, e.getClass().getSimpleName());
        }
    }

    /** Parses bytes already in memory (tests, git objects). */
    public Document parse(String path, String collection, byte[] bytes) {
        if (BinaryContent.looksBinary(bytes)) {
            return skipped(path, collection, Document.Skip.Reason.BINARY, "");
        }
        try {
            return parseText(path, collection, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours on this file must not stop the run: it becomes an internal-error finding
            return new Document(collection, slugOf(path), SourceFile.of(path, new byte[0]), FrontMatter.absent(),
                    CodeRegions.NONE, DocumentLinks.NONE, false, List.of(), Suppressions.none(),
                    new Document.Skip(Document.Skip.Reason.PARSE_FAILED, e.getClass().getName(), e));
        }
    }

    private Document parseText(String path, String collection, byte[] bytes) {
        SourceFile source = SourceFile.of(path, bytes);
        String text = source.text();
        FrontMatter frontMatter = frontMatterReader.read(text, source.lines());
        com.vladsch.flexmark.util.ast.Document markdown = markdownParser.parse(text, frontMatter.bodyStart());
        int frontMatterEndLine = frontMatter.status() == FrontMatter.Status.ABSENT ? 0
                : source.lines().lineOf(Math.max(0, frontMatter.bodyStart() - 1));
        return new Document(collection, slugOf(path), source, frontMatter, CodeRegions.of(markdown),
                linksSafely(collection, markdown, source, frontMatter), BoundedMarkdown.TOO_COMPLEX.get(markdown),
                headings(markdown), Suppressions.scan(text, source.lines(), frontMatterEndLine), null);
    }

    /**
     * A failure here is kept, not thrown: the file is still read and checked by every other rule,
     * and {@code internal-link} reports it as this file's internal error.
     */
    private DocumentLinks linksSafely(String collection, Node markdown, SourceFile source, FrontMatter frontMatter) {
        try {
            return extractors.getOrDefault(collection, plainExtractor).extract(markdown, source, frontMatter);
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentLinks.failed(e);
        }
    }

    /** A file over {@code limits.max-file-bytes} whose bytes were never loaded (git blobs, sized in advance). */
    public Document tooLarge(String path, String collection, long size) {
        return skipped(path, collection, Document.Skip.Reason.TOO_LARGE, Long.toString(size));
    }

    private static Document skipped(String path, String collection, Document.Skip.Reason reason, String detail) {
        SourceFile empty = SourceFile.of(path, new byte[0]);
        return new Document(collection, slugOf(path), empty, FrontMatter.absent(), CodeRegions.NONE, DocumentLinks.NONE,
                false, List.of(), Suppressions.none(), new Document.Skip(reason, detail));
    }

    private static List<io.contentlint.core.source.Heading> headings(com.vladsch.flexmark.util.ast.Document markdown) {
        List<io.contentlint.core.source.Heading> result = new ArrayList<>();
        for (Node node : markdown.getDescendants()) {
            if (node instanceof Heading heading) {
                String text = HeadingText.of(heading);
                result.add(new io.contentlint.core.source.Heading(heading.getLevel(), text, heading.getStartOffset()));
            }
        }
        return result;
    }

    static String slugOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

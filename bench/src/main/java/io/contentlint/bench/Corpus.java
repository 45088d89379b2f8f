package io.contentlint.bench;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Messages;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.schema.SchemaCatalog;
import io.contentlint.core.site.Site;
import io.contentlint.core.site.SiteIndexer;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The api.gouv.fr snapshot, loaded once per fork: every Markdown file's bytes, its parsed
 * {@link Document}, the {@link Site} index and one full run's result. Each benchmark then works
 * on the whole corpus per operation, so ms/op divided into {@link #megabytes()} is MB/s.
 * Point it elsewhere with {@code -p corpus=/path/to/docs}.
 */
@State(Scope.Benchmark)
public class Corpus {
    @Param("../shared/corpus/api-gouv-fr")
    public String corpus;

    public Config config;
    public RuleRegistry registry;
    public Messages messages;
    public SchemaCatalog schemas;
    /** Repo-relative path of each document (a file in a collection) to its bytes, sorted. */
    public Map<String, byte[]> bytes;
    public Map<String, String> collectionOf;
    public List<Document> documents;
    /** Each document's whole file parsed by flexmark: documents no longer keep their tree (issue 9, memory). */
    public List<com.vladsch.flexmark.util.ast.Document> trees;
    public Site site;
    public LintResult result;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path root = Path.of(corpus).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no corpus at " + root + " (run from the repository root or pass -p corpus=...)");
        }
        registry = RuleRegistry.standard();
        config = new ConfigLoader(registry.ids()).load(root, null);
        messages = new Messages(Locale.ENGLISH);
        schemas = SchemaCatalog.load(config, root);
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        bytes = new TreeMap<>();
        collectionOf = new TreeMap<>();
        for (String file : files) {
            String collection = collectionOf(file);
            if (collection != null) {
                bytes.put(file, read(root.resolve(file)));
                collectionOf.put(file, collection);
            }
        }
        DocumentReader reader = new DocumentReader(config);
        documents = new ArrayList<>();
        bytes.forEach((path, content) -> documents.add(reader.parse(path, collectionOf.get(path), content)));
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder().build();
        trees = documents.stream().map(d -> parser.parse(d.text())).toList();
        site = SiteIndexer.build(config, documents, new HashSet<>(files), schemas);
        result = new Linter(config, registry, messages).run(root, List.of());
    }

    /** The corpus's Markdown, in MB (2^20 bytes). */
    public double megabytes() {
        return bytes.values().stream().mapToLong(b -> b.length).sum() / 1048576.0;
    }

    /** The api.gouv.fr layout: {@code _data/<collection>/x.md}, named after its folder; other files are not documents. */
    private String collectionOf(String file) {
        String[] parts = file.split("/");
        return parts.length == 3 && parts[0].equals("_data") && parts[2].endsWith(".md")
                && config.collection(parts[1]).isPresent() ? parts[1] : null;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

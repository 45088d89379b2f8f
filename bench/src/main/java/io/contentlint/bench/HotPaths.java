package io.contentlint.bench;

import com.vladsch.flexmark.parser.Parser;
import io.contentlint.core.config.CollectionConfig;
import io.contentlint.core.encoding.MojibakeScanner;
import io.contentlint.core.links.Link;
import io.contentlint.core.links.LinkExtractor;
import io.contentlint.core.links.LinkResolver;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Reporter;
import io.contentlint.core.report.Reporters;
import io.contentlint.core.rules.FindingSink;
import io.contentlint.core.rules.FrontMatterSchemaRule;
import io.contentlint.core.rules.InvisibleCharRule;
import io.contentlint.core.rules.MojibakeRule;
import io.contentlint.core.rules.ReplacementCharRule;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.schema.SchemaCatalog;
import io.contentlint.core.site.SiteIndexer;
import io.contentlint.core.source.DecodedText;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import io.contentlint.core.source.FrontMatterReader;
import io.contentlint.core.source.LineIndex;
import io.contentlint.core.source.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot paths of a run, each over the whole api.gouv.fr snapshot (~280 files, 0.9 MB) per
 * operation, one thread: time per operation is time per corpus, so 0.9 MB / (ms/op) is MB/s.
 * Run: {@code java -jar bench/target/benchmarks.jar} (see the README, "Performance").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    /** Decoding (UTF-8, else the legacy code page) and the line index. */
    @Benchmark
    public void decodeAndLineIndex(Corpus corpus, Blackhole out) {
        corpus.bytes.forEach((path, content) -> out.consume(SourceFile.of(path, content).lines()));
    }

    /** Strict UTF-8 decoding alone, recording malformed runs. */
    @Benchmark
    public void decode(Corpus corpus, Blackhole out) {
        corpus.bytes.forEach((path, content) -> out.consume(DecodedText.decode(content)));
    }

    /** The line index alone: line starts and surrogate pairs. */
    @Benchmark
    public void lineIndex(Corpus corpus, Blackhole out) {
        for (Document document : corpus.documents) {
            out.consume(new LineIndex(document.text()));
        }
    }

    /** Finding the front matter and composing its YAML (snakeyaml-engine) into nodes. */
    @Benchmark
    public void frontMatterAndYaml(Corpus corpus, Blackhole out) {
        FrontMatterReader reader = new FrontMatterReader(corpus.config.limits());
        for (Document document : corpus.documents) {
            out.consume(reader.read(document.text()));
        }
    }

    /** flexmark's CommonMark parse of each whole file (the run parses the body with the front matter blanked). */
    @Benchmark
    public void flexmarkParse(Corpus corpus, Blackhole out) {
        Parser parser = Parser.builder().build();
        for (Document document : corpus.documents) {
            out.consume(parser.parse(document.text()));
        }
    }

    /** Everything {@code DocumentReader} does per file: decode, lines, front matter, Markdown, headings, code regions, links, suppressions. */
    @Benchmark
    public void readDocuments(Corpus corpus, Blackhole out) {
        DocumentReader reader = new DocumentReader(corpus.config.limits());
        corpus.bytes.forEach((path, content) -> out.consume(reader.parse(path, corpus.collectionOf.get(path), content)));
    }

    /** Links and explicit ids from the Markdown tree, HTML/JSX tags and the Markdown front matter fields. */
    @Benchmark
    public void linkExtraction(Corpus corpus, Blackhole out) {
        LinkExtractor plain = new LinkExtractor(List.of());
        Map<String, LinkExtractor> byCollection = new java.util.HashMap<>();
        for (CollectionConfig collection : corpus.config.collections().values()) {
            byCollection.put(collection.name(), new LinkExtractor(collection.markdownFields()));
        }
        for (int i = 0; i < corpus.documents.size(); i++) {
            Document document = corpus.documents.get(i);
            out.consume(byCollection.getOrDefault(document.collection(), plain)
                    .extract(corpus.trees.get(i), document.source(), document.frontMatter()));
        }
    }

    /** Resolving every extracted link against routes, pages, redirects and files. */
    @Benchmark
    public void linkResolution(Corpus corpus, Blackhole out) {
        LinkResolver resolver = new LinkResolver(corpus.site);
        for (Document document : corpus.documents) {
            for (Link link : corpus.site.links().of(document).links()) {
                out.consume(resolver.resolve(document, link));
            }
        }
    }

    /** The site index: slugs, keys, routes, heading ids, links (its link extraction runs in parallel). */
    @Benchmark
    public void siteIndex(Corpus corpus, Blackhole out) {
        out.consume(SiteIndexer.build(corpus.config, corpus.documents, corpus.site.files(), corpus.schemas));
    }

    /** The mojibake scan of every text (the MB/s of the encoding rules' inner loop). */
    @Benchmark
    public void mojibakeScan(Corpus corpus, Blackhole out) {
        for (Document document : corpus.documents) {
            out.consume(MojibakeScanner.scan(document.text()));
        }
    }

    /** The invisible-char rule on every document (a per-character pass). */
    @Benchmark
    public void invisibleCharRule(Corpus corpus, Blackhole out) {
        out.consume(check(corpus, new InvisibleCharRule()));
    }

    /** The replacement-char rule on every document. */
    @Benchmark
    public void replacementCharRule(Corpus corpus, Blackhole out) {
        out.consume(check(corpus, new ReplacementCharRule()));
    }

    /** The mojibake rule on every document (the scan, plus code regions and messages). */
    @Benchmark
    public void mojibakeRule(Corpus corpus, Blackhole out) {
        out.consume(check(corpus, new MojibakeRule()));
    }

    private static List<Finding> check(Corpus corpus, Rule rule) {
        List<Finding> findings = new ArrayList<>();
        for (Document document : corpus.documents) {
            rule.check(document, corpus.site, new FindingSink(rule, rule.defaultSeverity(), document, corpus.messages, findings::add));
        }
        return findings;
    }

    /** Schema compilation, paid once per run before any file is read. */
    @Benchmark
    public void schemaCompile(Corpus corpus, Blackhole out) {
        out.consume(SchemaCatalog.load(corpus.config, null));
    }

    /** YAML to JSON and JSON Schema validation of every front matter, with the findings' messages. */
    @Benchmark
    public void schemaValidation(Corpus corpus, Blackhole out) {
        Rule rule = new FrontMatterSchemaRule();
        List<Finding> findings = new ArrayList<>();
        for (Document document : corpus.documents) {
            rule.check(document, corpus.site, new FindingSink(rule, rule.defaultSeverity(), document, corpus.messages, findings::add));
        }
        out.consume(findings);
    }

    /** Every enabled rule on every document, one thread (the run spreads this over the cores). */
    @Benchmark
    public void allRules(Corpus corpus, Blackhole out) {
        List<Finding> findings = new ArrayList<>();
        for (Document document : corpus.documents) {
            for (Rule rule : corpus.registry.rules()) {
                rule.check(document, corpus.site, new FindingSink(rule, rule.defaultSeverity(), document, corpus.messages, findings::add));
            }
        }
        out.consume(findings);
    }

    /** A reporter writing one run's findings. */
    @State(Scope.Benchmark)
    public static class Format {
        @Param({"text", "json", "sarif", "github", "checkstyle"})
        public String format;
        Reporter reporter;

        @Setup
        public void pick(Corpus corpus) {
            reporter = new Reporters(corpus.messages).forFormat(format, false).orElseThrow();
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void report(Corpus corpus, Format format, Blackhole out) throws IOException {
        StringBuilder text = new StringBuilder();
        format.reporter.write(corpus.result, text);
        out.consume(text);
    }
}

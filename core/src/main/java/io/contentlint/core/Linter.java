package io.contentlint.core;

import io.contentlint.core.config.CollectionConfig;
import io.contentlint.core.config.Config;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.report.Severity;
import io.contentlint.core.rules.FindingSink;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.schema.SchemaCatalog;
import io.contentlint.core.site.AbsentReferenceFields;
import io.contentlint.core.site.Site;
import io.contentlint.core.site.SiteIndexer;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One run, one way through: discover the files, read and parse each once (in parallel), build
 * the immutable site index, run every enabled rule on every document (in parallel), sort.
 */
public final class Linter {
    public static final String INTERNAL_ERROR = "internal-error";
    /** Names the reading and parsing step in {@link LintResult.Failure}s, where a rule id would be. */
    public static final String READER = "(reading the file)";

    private final Config config;
    private final RuleRegistry registry;
    private final Messages messages;
    private final PhaseTimes times;

    public Linter(Config config, RuleRegistry registry, Messages messages) {
        this(config, registry, messages, PhaseTimes.NONE);
    }

    /** @param times told how long each phase took ({@code --debug}) */
    public Linter(Config config, RuleRegistry registry, Messages messages, PhaseTimes times) {
        this.config = config;
        this.registry = registry;
        this.messages = messages;
        this.times = times;
    }

    /** Lints the repository at {@code root}; reports only on {@code reportOn} (repo-relative) if not empty. */
    public LintResult run(Path root, Collection<String> reportOn) {
        return run(SourceTree.disk(root), reportOn);
    }

    /** Lints a tree of files: the disk, or a git commit read without a checkout ({@code --new-since}). */
    public LintResult run(SourceTree tree, Collection<String> reportOn) {
        long start = System.nanoTime();
        Path realRoot = tree.root();
        // compiled once per run, before any file is read: a broken schema is a configuration error (exit 2)
        SchemaCatalog schemas = SchemaCatalog.load(config, realRoot);
        long lap = times.lap("schemas", start);
        List<String> files;
        try {
            files = tree.files();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + realRoot, e);
        }
        List<String> warnings = new ArrayList<>();
        Map<String, String> collectionOf = assignCollections(files, warnings);
        lap = times.lap("discover", lap);
        DocumentReader reader = new DocumentReader(config);
        List<Document> documents = tree.read(reader, collectionOf);
        lap = times.lap("read", lap);
        Site site = SiteIndexer.build(config, documents, new HashSet<>(files), schemas);
        warnings.addAll(AbsentReferenceFields.warnings(site, messages));
        times.lap("index", lap);
        return check(site, reportOn, warnings, start);
    }

    /** Runs the rules over an index built elsewhere (tests, other trees). */
    public LintResult check(Site site, Collection<String> reportOn, List<String> warnings, long startNanos) {
        long lap = System.nanoTime();
        Set<String> only = Set.copyOf(reportOn);
        List<Document> targets = site.documents().stream()
                .filter(d -> only.isEmpty() || only.contains(d.path()))
                .toList();
        ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<LintResult.Failure> failures = new ConcurrentLinkedQueue<>();
        List<Rule> enabled = registry.rules().stream()
                .filter(r -> config.severities().get(r.id()) != Severity.OFF)
                .toList();
        targets.parallelStream().forEach(document -> {
            document.skip().filter(skip -> skip.reason() == Document.Skip.Reason.PARSE_FAILED).ifPresent(skip -> {
                failures.add(new LintResult.Failure(document.path(), READER, skip.cause()));
                findings.add(new Finding(INTERNAL_ERROR, Severity.ERROR, document.path(), 1, 1,
                        messages.format(Linter.class.getName(), "readError", skip.detail()), null, null));
            });
            for (Rule rule : enabled) {
                if (document.isSkipped() && rule.needsText()) {
                    continue;
                }
                FindingSink sink = new FindingSink(rule, config.severities().get(rule.id()), document, messages, findings::add);
                try {
                    rule.check(document, site, sink);
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(new LintResult.Failure(document.path(), rule.id(), e));
                    findings.add(new Finding(INTERNAL_ERROR, Severity.ERROR, document.path(), 1, 1,
                            messages.format(Linter.class.getName(), "internalError", rule.id(), e.getClass().getName()),
                            null, null));
                }
            }
        });
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        times.lap("check", lap);
        return new LintResult(sorted, targets.size(), warnings, List.copyOf(failures),
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** Each file goes to the first collection whose glob matches it, unless excluded. */
    private Map<String, String> assignCollections(List<String> files, List<String> warnings) {
        List<PathMatcher> excluded = config.exclude().stream().map(Linter::glob).toList();
        Map<String, PathMatcher> matchers = new LinkedHashMap<>();
        for (CollectionConfig collection : config.collections().values()) {
            matchers.put(collection.name(), glob(collection.glob()));
        }
        Map<String, String> collectionOf = new LinkedHashMap<>();
        Set<String> matched = new HashSet<>();
        for (String file : files) {
            Path path = Path.of(file);
            if (excluded.stream().anyMatch(m -> m.matches(path))) {
                continue;
            }
            for (Map.Entry<String, PathMatcher> entry : matchers.entrySet()) {
                if (entry.getValue().matches(path)) {
                    collectionOf.put(file, entry.getKey());
                    matched.add(entry.getKey());
                    break;
                }
            }
        }
        for (CollectionConfig collection : config.collections().values()) {
            if (!matched.contains(collection.name())) {
                warnings.add(messages.format(Linter.class.getName(), "emptyCollection", collection.name(), collection.glob()));
            }
        }
        return collectionOf;
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}

package io.contentlint.core.site;

import io.contentlint.core.config.Config;
import io.contentlint.core.schema.SchemaCatalog;
import io.contentlint.core.match.ClosestMatch;
import io.contentlint.core.links.LinkIndex;
import io.contentlint.core.source.Document;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The immutable index of a whole repository, built once before any rule runs: documents by path,
 * by slug and by key field per collection; every file; the site's routes; and heading ids.
 * Rules read it from several threads.
 */
public final class Site {
    private final Config config;
    private final List<Document> documents;
    private final Map<String, Document> byPath;
    private final Map<String, Map<String, Document>> bySlug;
    private final Map<String, Map<String, List<Document>>> byKey;
    private final Set<String> files;
    private final Routes routes;
    private final Map<String, List<String>> headingIds;
    private final SchemaCatalog schemas;
    /** Did-you-mean matchers, built on the first miss of each target; the index itself never changes. */
    private final Map<ReferenceTarget, ClosestMatch> matchers = new ConcurrentHashMap<>();
    private final LinkIndex links;

    Site(Config config, List<Document> documents, Map<String, Document> byPath,
            Map<String, Map<String, Document>> bySlug, Map<String, Map<String, List<Document>>> byKey,
            Set<String> files, Routes routes, Map<String, List<String>> headingIds, SchemaCatalog schemas,
            LinkIndex links) {
        this.config = config;
        this.documents = documents;
        this.byPath = byPath;
        this.bySlug = bySlug;
        this.byKey = byKey;
        this.files = files;
        this.routes = routes;
        this.headingIds = headingIds;
        this.schemas = schemas;
        this.links = links;
    }

    public Config config() {
        return config;
    }

    /** Every document of every collection, sorted by path. */
    public List<Document> documents() {
        return documents;
    }

    public Optional<Document> document(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The documents of a collection by slug (file name without extension). */
    public Map<String, Document> bySlug(String collection) {
        return bySlug.getOrDefault(collection, Map.of());
    }

    /** The documents of a collection by the text value of one of its front matter fields. */
    public Map<String, List<Document>> byKey(String collection, String field) {
        return byKey.getOrDefault(collection + "\u0000" + field, Map.of());
    }

    /** Every regular file under the root (repo-relative, {@code /} separators), documents included. */
    public Set<String> files() {
        return files;
    }

    public boolean fileExists(String path) {
        return files.contains(path);
    }

    public Routes routes() {
        return routes;
    }

    /** The heading ids of a document under the configured slug rule, in page order. */
    public List<String> headingIds(Document document) {
        return headingIds.getOrDefault(document.path(), List.of());
    }

    /** The compiled front matter schema of each collection (loaded before the rules run: rules do no I/O). */
    public SchemaCatalog schemas() {
        return schemas;
    }

    /** The did-you-mean matcher over what {@code target} may name: built once per run, shared by every thread. */
    public ClosestMatch matcher(ReferenceTarget target) {
        return matchers.computeIfAbsent(target, t -> t.matcher(this));
    }

    /** Every document's links and explicit ids, extracted once, and the suggestions for broken ones. */
    public LinkIndex links() {
        return links;
    }
}

package io.contentlint.core.site;

import io.contentlint.core.config.Config;
import io.contentlint.core.links.LinkIndex;
import io.contentlint.core.source.Document;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final LinkIndex links;

    Site(Config config, List<Document> documents, Map<String, Document> byPath,
            Map<String, Map<String, Document>> bySlug, Map<String, Map<String, List<Document>>> byKey,
            Set<String> files, Routes routes, Map<String, List<String>> headingIds, LinkIndex links) {
        this.config = config;
        this.documents = documents;
        this.byPath = byPath;
        this.bySlug = bySlug;
        this.byKey = byKey;
        this.files = files;
        this.routes = routes;
        this.headingIds = headingIds;
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

    /** Every document's links and explicit ids, extracted once, and the suggestions for broken ones. */
    public LinkIndex links() {
        return links;
    }
}

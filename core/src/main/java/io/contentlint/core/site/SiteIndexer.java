package io.contentlint.core.site;

import io.contentlint.core.config.CollectionConfig;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ReferenceConfig;
import io.contentlint.core.config.SiteConfig;
import io.contentlint.core.schema.SchemaCatalog;
import io.contentlint.core.links.LinkIndex;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.FieldPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Builds the {@link Site} index in one pass over the documents and the file list. */
public final class SiteIndexer {
    private static final Set<String> PAGE_EXTENSIONS = Set.of(".tsx", ".ts", ".jsx", ".js", ".mdx", ".md");

    private SiteIndexer() {
    }

    /** An index whose front matter schemas are the built-in ones the configuration names (no docs root to read others from). */
    public static Site build(Config config, List<Document> documents, Set<String> files) {
        return build(config, documents, files, SchemaCatalog.load(config, null));
    }

    public static Site build(Config config, List<Document> documents, Set<String> files, SchemaCatalog schemas) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::path));
        Map<String, Document> byPath = new HashMap<>();
        Map<String, Map<String, Document>> bySlug = new HashMap<>();
        for (Document document : sorted) {
            byPath.put(document.path(), document);
            bySlug.computeIfAbsent(document.collection(), c -> new HashMap<>()).putIfAbsent(document.slug(), document);
        }
        HeadingIds headingRule = HeadingIds.named(config.site().headingIds(), config.site().headingLevels());
        Map<String, List<String>> headingIds = new HashMap<>();
        for (Document document : sorted) {
            headingIds.put(document.path(), List.copyOf(headingRule.ids(document.headings())));
        }
        Routes routes = routes(config, bySlug, files);
        return new Site(config, List.copyOf(sorted), Map.copyOf(byPath), freeze(bySlug),
                keyIndexes(config, sorted), Set.copyOf(files), routes, Map.copyOf(headingIds), schemas,
                LinkIndex.build(config, sorted, files, routes.known()));
    }

    /** Indexes each (collection, field) that a collection key or a reference names. */
    private static Map<String, Map<String, List<Document>>> keyIndexes(Config config, List<Document> documents) {
        Set<List<String>> wanted = new LinkedHashSet<>();
        for (CollectionConfig collection : config.collections().values()) {
            if (collection.key() != null) {
                wanted.add(List.of(collection.name(), collection.key()));
            }
        }
        for (ReferenceConfig reference : config.references()) {
            if (reference.targetCollection() != null && reference.targetKey() != null) {
                wanted.add(List.of(reference.targetCollection(), reference.targetKey()));
            }
        }
        Map<String, Map<String, List<Document>>> result = new HashMap<>();
        for (List<String> pair : wanted) {
            String collection = pair.get(0);
            FieldPath field = FieldPath.parse(pair.get(1));
            Map<String, List<Document>> index = new HashMap<>();
            for (Document document : documents) {
                if (!collection.equals(document.collection()) || document.frontMatter().mapping().isEmpty()) {
                    continue;
                }
                for (Node node : field.select(document.frontMatter().root())) {
                    if (node instanceof ScalarNode scalar) {
                        index.computeIfAbsent(scalar.getValue(), k -> new ArrayList<>()).add(document);
                    }
                }
            }
            Map<String, List<Document>> frozen = new HashMap<>();
            index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            result.put(collection + "\u0000" + pair.get(1), Map.copyOf(frozen));
        }
        return Map.copyOf(result);
    }

    private static Routes routes(Config config, Map<String, Map<String, Document>> bySlug, Set<String> files) {
        Map<String, Document> documentRoutes = new HashMap<>();
        for (CollectionConfig collection : config.collections().values()) {
            for (Document document : bySlug.getOrDefault(collection.name(), Map.of()).values()) {
                for (String pattern : collection.routes()) {
                    documentRoutes.putIfAbsent(pattern.replace("{slug}", document.slug()), document);
                }
            }
        }
        SiteConfig site = config.site();
        Set<String> pageRoutes = new HashSet<>(site.routes());
        List<String> catchAll = new ArrayList<>();
        List<Pattern> unbound = new ArrayList<>();
        String pagesPrefix = site.pagesDir().isEmpty() ? null : site.pagesDir() + "/";
        for (String file : files) {
            if (pagesPrefix == null || !file.startsWith(pagesPrefix)) {
                continue;
            }
            String route = pageRoute(file.substring(pagesPrefix.length()));
            if (route == null) {
                continue;
            }
            if (route.contains("[...") || route.contains("[[...")) {
                catchAll.add(route.substring(0, route.indexOf('[')));
            } else if (route.contains("[")) {
                bindPageParams(route, site, bySlug, documentRoutes, unbound);
            } else {
                pageRoutes.add(route);
            }
        }
        return new Routes(documentRoutes, pageRoutes, catchAll, unbound, site.redirects());
    }

    /**
     * {@code /les-api/[slug]/demande-acces} with {@code /les-api/[slug]} bound to collection
     * {@code api} gives one route per API; a parameter bound to nothing matches any segment.
     */
    private static void bindPageParams(String route, SiteConfig site, Map<String, Map<String, Document>> bySlug,
            Map<String, Document> documentRoutes, List<Pattern> unbound) {
        for (Map.Entry<String, String> binding : site.pageParams().entrySet()) {
            String pattern = binding.getKey();
            if (route.equals(pattern) || route.startsWith(pattern + "/")) {
                String rest = route.substring(pattern.length());
                if (!rest.contains("[")) {
                    String param = pattern.substring(pattern.lastIndexOf('['), pattern.lastIndexOf(']') + 1);
                    for (Document document : bySlug.getOrDefault(binding.getValue(), Map.of()).values()) {
                        documentRoutes.putIfAbsent(pattern.replace(param, document.slug()) + rest, document);
                    }
                    return;
                }
            }
        }
        String regex = Pattern.quote(route).replaceAll("\\[[^/\\]]+\\]", "\\\\E[^/]+\\\\Q");
        unbound.add(Pattern.compile(regex));
    }

    /** Next.js: {@code x.tsx} is {@code /x}, {@code x/index.tsx} is {@code /x}; {@code _app} are not pages. */
    static String pageRoute(String relative) {
        int dot = relative.lastIndexOf('.');
        if (dot < 0 || !PAGE_EXTENSIONS.contains(relative.substring(dot))) {
            return null;
        }
        String withoutExtension = relative.substring(0, dot);
        String name = withoutExtension.substring(withoutExtension.lastIndexOf('/') + 1);
        if (name.startsWith("_")) {
            return null;
        }
        if (name.equals("index")) {
            String parent = withoutExtension.substring(0, Math.max(0, withoutExtension.length() - "/index".length()));
            return parent.isEmpty() || withoutExtension.equals("index") ? "/" : "/" + parent;
        }
        return "/" + withoutExtension;
    }

    private static <V> Map<String, Map<String, V>> freeze(Map<String, Map<String, V>> nested) {
        Map<String, Map<String, V>> result = new HashMap<>();
        nested.forEach((k, v) -> result.put(k, Map.copyOf(v)));
        return Map.copyOf(result);
    }
}

package io.contentlint.core.links;

import io.contentlint.core.config.Config;
import io.contentlint.core.source.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The link side of the site index, built once: each document's links and explicit ids (extracted
 * by the reader from its one parse of the document, shared by every rule), the route that shows each
 * document's body (the only page whose heading ids we know), and the suggestions for addresses
 * and files that do not exist.
 */
public final class LinkIndex {
    private final Map<String, DocumentLinks> byPath;
    private final Map<String, String> pageRouteByPath;
    private final PathSuggestions addresses;
    private final PathSuggestions files;
    private final Set<String> folders;

    private LinkIndex(Map<String, DocumentLinks> byPath, Map<String, String> pageRouteByPath,
            PathSuggestions addresses, PathSuggestions files, Set<String> folders) {
        this.byPath = byPath;
        this.pageRouteByPath = pageRouteByPath;
        this.addresses = addresses;
        this.files = files;
        this.folders = folders;
    }

    /**
     * @param knownAddresses every concrete address the site serves (routes and redirect sources)
     */
    public static LinkIndex build(Config config, List<Document> documents, Set<String> files, Set<String> knownAddresses) {
        Map<String, String> pageRoutes = new HashMap<>();
        Map<String, DocumentLinks> links = new HashMap<>();
        for (Document document : documents) {
            config.collection(document.collection()).filter(c -> !c.routes().isEmpty()).ifPresent(c ->
                    pageRoutes.put(document.path(), c.routes().get(0).replace("{slug}", document.slug())));
            links.put(document.path(), document.links());
        }
        List<String> addresses = new ArrayList<>(knownAddresses);
        String publicPrefix = config.site().publicDir().isEmpty() ? "" : config.site().publicDir() + "/";
        for (String file : files) {
            if (!publicPrefix.isEmpty() && file.startsWith(publicPrefix)) {
                addresses.add("/" + file.substring(publicPrefix.length()));
            }
        }
        return new LinkIndex(Map.copyOf(links), Map.copyOf(pageRoutes), new PathSuggestions(addresses),
                new PathSuggestions(files), folders(files));
    }

    /**
     * Every folder that holds a file ({@code a/b/c.md}: {@code a}, {@code a/b}), built once: looking
     * a link's folder up by scanning every file made link checking quadratic (issue 9: 7% of the
     * CPU samples of an x100 run were that scan).
     */
    private static Set<String> folders(Set<String> files) {
        Set<String> result = new HashSet<>();
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
                result.add(file.substring(0, slash));
            }
        }
        return Set.copyOf(result);
    }

    public DocumentLinks of(Document document) {
        return byPath.getOrDefault(document.path(), DocumentLinks.NONE);
    }

    /** The address of the page that shows this document's body ({@code /guides/x}), if it has one. */
    public Optional<String> pageRoute(Document document) {
        return Optional.ofNullable(pageRouteByPath.get(document.path()));
    }

    PathSuggestions addresses() {
        return addresses;
    }

    PathSuggestions files() {
        return files;
    }

    /** True when some file lies under {@code path/}. */
    boolean isFolder(String path) {
        return folders.contains(path);
    }
}

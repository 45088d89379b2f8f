package io.contentlint.core.site;

import io.contentlint.core.source.Document;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URLs the site serves: each document's routes (from its collection's route patterns and
 * from pages bound to collections), static page routes, catch-all page prefixes, page routes
 * whose parameters are not bound to a collection (any value matches), and redirects.
 */
public final class Routes {
    private final Map<String, Document> documentRoutes;
    private final Set<String> pageRoutes;
    private final List<String> catchAllPrefixes;
    private final List<Pattern> unboundPatterns;
    private final Map<String, String> redirects;

    Routes(Map<String, Document> documentRoutes, Set<String> pageRoutes, List<String> catchAllPrefixes,
            List<Pattern> unboundPatterns, Map<String, String> redirects) {
        this.documentRoutes = Map.copyOf(documentRoutes);
        this.pageRoutes = Set.copyOf(pageRoutes);
        this.catchAllPrefixes = List.copyOf(catchAllPrefixes);
        this.unboundPatterns = List.copyOf(unboundPatterns);
        this.redirects = Map.copyOf(redirects);
    }

    /** The document a route shows, if it is a document's route. */
    public Optional<Document> document(String route) {
        return Optional.ofNullable(documentRoutes.get(route));
    }

    /** Where a redirect sends a route, if one is configured for it. */
    public Optional<String> redirect(String route) {
        return Optional.ofNullable(redirects.get(route));
    }

    /** True when the site serves this exact route (redirects not followed). */
    public boolean serves(String route) {
        if (documentRoutes.containsKey(route) || pageRoutes.contains(route)) {
            return true;
        }
        for (String prefix : catchAllPrefixes) {
            if (route.startsWith(prefix) && route.length() > prefix.length()) {
                return true;
            }
        }
        for (Pattern pattern : unboundPatterns) {
            if (pattern.matcher(route).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Every concrete route, for "did you mean" suggestions. */
    public Set<String> known() {
        java.util.Set<String> all = new java.util.HashSet<>(documentRoutes.keySet());
        all.addAll(pageRoutes);
        all.addAll(redirects.keySet());
        return all;
    }
}

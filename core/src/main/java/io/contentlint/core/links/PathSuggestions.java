package io.contentlint.core.links;

import io.contentlint.core.match.ClosestMatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Did you mean" over a set of {@code /}-separated paths (site addresses or repository files).
 * A path that differs only in case is named as such (the server is case-sensitive, so
 * {@code /Les-Api/x} is a different, missing page). Otherwise the last segment is compared with its
 * siblings in the same folder, so that a typo in {@code /guides/authentificaton} is weighed
 * against guide names, not against the whole path that every guide shares; a path whose folder
 * does not exist is compared whole.
 */
final class PathSuggestions {
    private final Map<String, String> byLowerCase = new HashMap<>();
    private final Map<String, List<String>> namesByFolder = new HashMap<>();
    private final List<String> paths;
    /**
     * Matchers are built on the first miss they serve: a run with no broken link needs none, and
     * building them all up front (each name normalized, for 28,000 files and as many addresses)
     * was most of the index phase at x100 (issue 9).
     */
    private final Map<String, ClosestMatch> byFolder = new ConcurrentHashMap<>();
    private volatile ClosestMatch whole;

    PathSuggestions(Collection<String> paths) {
        this.paths = List.copyOf(paths);
        for (String path : this.paths) {
            byLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
            int slash = path.lastIndexOf('/');
            namesByFolder.computeIfAbsent(path.substring(0, slash + 1), k -> new ArrayList<>()).add(path.substring(slash + 1));
        }
    }

    /** The known path equal to {@code path} but for case, if any (and if it is not {@code path} itself). */
    Optional<String> inOtherCase(String path) {
        String known = byLowerCase.get(path.toLowerCase(Locale.ROOT));
        return known == null || known.equals(path) ? Optional.empty() : Optional.of(known);
    }

    Optional<String> closest(String path) {
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, slash + 1);
        List<String> names = namesByFolder.get(folder);
        if (names != null) {
            ClosestMatch siblings = byFolder.computeIfAbsent(folder, f -> new ClosestMatch(names));
            return siblings.suggest(path.substring(slash + 1)).map(name -> folder + name);
        }
        return whole().suggest(path);
    }

    private ClosestMatch whole() {
        ClosestMatch matcher = whole;
        if (matcher == null) {
            // two threads may both build it; they build the same matcher
            matcher = new ClosestMatch(paths);
            whole = matcher;
        }
        return matcher;
    }
}

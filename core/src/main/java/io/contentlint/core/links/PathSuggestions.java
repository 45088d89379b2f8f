package io.contentlint.core.links;

import io.contentlint.core.match.ClosestMatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
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
    private final Collection<String> paths;
    /**
     * Built on the first question: a run with no broken link asks none, and indexing 28,000
     * files and as many addresses up front was a third of the (single-threaded) index phase at
     * x100 (issue 9).
     */
    private volatile Index index;

    /** @param paths not copied: the caller hands them over and does not change them */
    PathSuggestions(Collection<String> paths) {
        this.paths = paths;
    }

    /** The known path equal to {@code path} but for case, if any (and if it is not {@code path} itself). */
    Optional<String> inOtherCase(String path) {
        String known = index().byLowerCase.get(path.toLowerCase(Locale.ROOT));
        return known == null || known.equals(path) ? Optional.empty() : Optional.of(known);
    }

    Optional<String> closest(String path) {
        Index built = index();
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, slash + 1);
        List<String> names = built.namesByFolder.get(folder);
        if (names != null) {
            ClosestMatch siblings = built.byFolder.computeIfAbsent(folder, f -> new ClosestMatch(names));
            return siblings.suggest(path.substring(slash + 1)).map(name -> folder + name);
        }
        return built.whole().suggest(path);
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            // two threads may both build it; they build the same index
            built = new Index(new TreeSet<>(paths));
            index = built;
        }
        return built;
    }

    /** The paths in order, by lower case and by folder; the matchers, each built on the first miss it serves. */
    private static final class Index {
        private final List<String> sorted;
        private final Map<String, String> byLowerCase = new HashMap<>();
        private final Map<String, List<String>> namesByFolder = new HashMap<>();
        private final Map<String, ClosestMatch> byFolder = new ConcurrentHashMap<>();
        private volatile ClosestMatch whole;

        Index(SortedSet<String> paths) {
            this.sorted = List.copyOf(paths);
            for (String path : sorted) {
                byLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
                int slash = path.lastIndexOf('/');
                namesByFolder.computeIfAbsent(path.substring(0, slash + 1), k -> new ArrayList<>()).add(path.substring(slash + 1));
            }
        }

        ClosestMatch whole() {
            ClosestMatch matcher = whole;
            if (matcher == null) {
                matcher = new ClosestMatch(sorted);
                whole = matcher;
            }
            return matcher;
        }
    }
}

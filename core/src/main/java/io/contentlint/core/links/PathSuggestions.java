package io.contentlint.core.links;

import io.contentlint.core.match.ClosestMatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    private final Map<String, ClosestMatch> byFolder = new HashMap<>();
    private final ClosestMatch whole;

    PathSuggestions(Collection<String> paths) {
        Map<String, List<String>> names = new HashMap<>();
        for (String path : paths) {
            byLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
            int slash = path.lastIndexOf('/');
            names.computeIfAbsent(path.substring(0, slash + 1), k -> new ArrayList<>()).add(path.substring(slash + 1));
        }
        names.forEach((folder, list) -> byFolder.put(folder, new ClosestMatch(list)));
        this.whole = new ClosestMatch(paths);
    }

    /** The known path equal to {@code path} but for case, if any (and if it is not {@code path} itself). */
    Optional<String> inOtherCase(String path) {
        String known = byLowerCase.get(path.toLowerCase(Locale.ROOT));
        return known == null || known.equals(path) ? Optional.empty() : Optional.of(known);
    }

    Optional<String> closest(String path) {
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, slash + 1);
        ClosestMatch siblings = byFolder.get(folder);
        if (siblings != null) {
            return siblings.suggest(path.substring(slash + 1)).map(name -> folder + name);
        }
        return whole.suggest(path);
    }
}

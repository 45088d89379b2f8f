package io.contentlint.core.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Did you mean": the one known value a mistyped one was probably meant to be. First, values that
 * are the same once case, accents, punctuation, {@code ®}/{@code ™}, spacing, a trailing
 * {@code " | ..."} and a leading {@code "API "} are set aside ({@code API Statut Etudiant} is
 * {@code API Statut étudiant | Bouquet API Particulier}); then the smallest edit distance within a
 * bound. A suggestion is made only when one candidate is clearly best: a tie suggests nothing.
 * Built once per set of candidates (an index, so a lookup does not compare against every one for
 * the common cases); only misses are looked up.
 */
public final class ClosestMatch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private final List<String> candidates;
    private final Map<String, Set<String>> byLooseForm = new HashMap<>();
    private final List<String[]> looseForms = new ArrayList<>();

    public ClosestMatch(Collection<String> candidates) {
        this.candidates = List.copyOf(new LinkedHashSet<>(candidates));
        for (String candidate : this.candidates) {
            for (String form : looseForms(candidate)) {
                byLooseForm.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(candidate);
            }
            looseForms.add(new String[] {candidate, normalize(candidate)});
        }
    }

    /** The candidate {@code wanted} most probably meant, if one is clearly best. */
    public Optional<String> suggest(String wanted) {
        Set<String> loose = new LinkedHashSet<>();
        for (String form : looseForms(wanted)) {
            loose.addAll(byLooseForm.getOrDefault(form, Set.of()));
        }
        loose.remove(wanted);
        if (loose.size() == 1) {
            return Optional.of(loose.iterator().next());
        }
        if (loose.size() > 1) {
            return closestByDistance(wanted, loose);
        }
        return closestByDistance(wanted, candidates);
    }

    /** Candidates within one edit of {@code wanted} (case and accents count as edits). */
    public List<String> withinOneEdit(String wanted) {
        List<String> result = new ArrayList<>();
        for (String candidate : candidates) {
            if (!candidate.equals(wanted) && Math.abs(candidate.length() - wanted.length()) <= 1
                    && EditDistance.atMost(wanted, candidate, 1) <= 1) {
                result.add(candidate);
            }
        }
        return result;
    }

    private Optional<String> closestByDistance(String wanted, Collection<String> pool) {
        String normalizedWanted = normalize(wanted);
        int bound = Math.max(2, normalizedWanted.length() / 4);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : pool) {
            if (candidate.equals(wanted)) {
                continue;
            }
            String normalizedCandidate = normalize(candidate);
            if (Math.abs(normalizedCandidate.length() - normalizedWanted.length()) > bound) {
                continue;
            }
            int distance = EditDistance.atMost(normalizedWanted, normalizedCandidate, Math.min(bound, bestDistance));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && distance <= bound) {
                tie = true;
            }
        }
        return best != null && bestDistance <= bound && !tie ? Optional.of(best) : Optional.empty();
    }

    /** Lower case, accents removed, {@code ®}/{@code ™} and punctuation as spaces, spacing collapsed. */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('®', ' ').replace('™', ' ');
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(unaccented).replaceAll(" ").trim();
    }

    /** The normalized text, also without a trailing {@code " | ..."} and a leading {@code "API "}. */
    static Set<String> looseForms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        int bar = text.indexOf(" | ");
        String base = bar > 0 ? text.substring(0, bar) : text;
        for (String variant : List.of(text, base)) {
            String normalized = normalize(variant);
            forms.add(normalized);
            if (normalized.startsWith("api ")) {
                forms.add(normalized.substring(4));
            }
        }
        forms.remove("");
        return forms;
    }
}

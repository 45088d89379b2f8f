package io.contentlint.core.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": the one known value a mistyped one was probably meant to be. Three tiers, the
 * first that finds anything decides:
 * <ol>
 * <li>the same text once case, accents, punctuation, {@code ®}/{@code ™} and spacing are set aside
 * ({@code API Base Carbone®} is {@code API Base Carbone});</li>
 * <li>the same core name: without a trailing {@code " | ..."} and a leading {@code "API "}
 * ({@code API Statut Etudiant} is {@code API Statut étudiant | Bouquet API Particulier}), or an
 * alias of the candidate (its slug: {@code API La bonne alternance} is the API whose file is
 * {@code api-la-bonne-alternance.md}), or its acronym ({@code API Répertoire National des
 * Associations} is {@code API Associations (RNA)});</li>
 * <li>the smallest edit distance between core names (a swap of two neighbours is one edit),
 * within a bound that grows with length.</li>
 * </ol>
 * Within a tier the candidates are ranked by edit distance to the text as typed, and one is
 * suggested only when it is strictly closer than every other: a tie suggests nothing. Built once
 * per set of candidates: tiers 1 and 2 are hash lookups, tier 3 only compares candidates of a
 * similar length, and only misses are looked up.
 */
public final class ClosestMatch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern ACRONYM = Pattern.compile("\\(([\\p{Lu}\\d]{2,})\\)");
    private static final String API_PREFIX = "api ";
    /**
     * Caps that keep hostile input (a 100,000-character title) from costing quadratic time or
     * memory: more edits than this is never a typo, and ranking beyond it is a tie.
     */
    static final int MAX_EDITS = 16;
    static final int MAX_RANKING_DISTANCE = 64;
    /** Longer candidates are compared one by one in {@link #withinOneEdit} instead of indexed by their deletions. */
    static final int MAX_INDEXED_LENGTH = 256;

    private final List<String> candidates;
    private final Map<String, Integer> indexOf = new HashMap<>();
    /** Candidates over {@link #MAX_INDEXED_LENGTH}, rare enough to compare one by one. */
    private final List<Integer> longCandidates = new ArrayList<>();
    /** Tier 1: normalized text to candidate indexes. */
    private final Map<String, List<Integer>> byNormal = new HashMap<>();
    /** Tier 2: core names, aliases and acronyms to candidate indexes. */
    private final Map<String, List<Integer>> byName = new HashMap<>();
    /** Tier 2: initials of a candidate's capitalised words, matched only against a typed core name. */
    private final Map<String, List<Integer>> byInitials = new HashMap<>();
    /** Tier 3: core names by length. */
    private final TreeMap<Integer, List<Core>> byCoreLength = new TreeMap<>();
    /** Suggestions already made: the same miss often recurs ("API Statut Etudiant" is in five guides). */
    private final Map<String, Optional<String>> suggestions = new ConcurrentHashMap<>();
    /** For {@link #withinOneEdit}: each candidate and each of its one-character deletions; built on first use. */
    private Map<String, List<Integer>> deletions;

    private record Core(int index, String text, CharacterCounts counts) {
    }

    public ClosestMatch(Collection<String> candidates) {
        this(withoutAliases(candidates));
    }

    private ClosestMatch(Map<String, Collection<String>> withAliases) {
        this.candidates = List.copyOf(withAliases.keySet());
        for (int i = 0; i < candidates.size(); i++) {
            String candidate = candidates.get(i);
            indexOf.put(candidate, i);
            if (candidate.length() > MAX_INDEXED_LENGTH) {
                longCandidates.add(i);
            }
            add(byNormal, normalize(candidate), i);
            String core = core(candidate);
            add(byName, core, i);
            for (String acronym : acronyms(candidate)) {
                add(byName, acronym, i);
            }
            for (String alias : withAliases.get(candidate)) {
                add(byName, core(alias), i);
            }
            int index = i;
            initials(candidate).ifPresent(initials -> add(byInitials, initials, index));
            if (!core.isEmpty()) {
                byCoreLength.computeIfAbsent(core.length(), k -> new ArrayList<>()).add(new Core(i, core, CharacterCounts.of(core)));
            }
        }
    }

    private static Map<String, Collection<String>> withoutAliases(Collection<String> candidates) {
        Map<String, Collection<String>> result = new LinkedHashMap<>();
        for (String candidate : candidates) {
            result.put(candidate, List.of());
        }
        return result;
    }

    /**
     * A matcher whose candidates also go by other names, matched like core names: an API title
     * with the slug of its file, so a value written from the file name still finds the title.
     */
    public static ClosestMatch withAliases(Map<String, ? extends Collection<String>> aliasesByCandidate) {
        Map<String, Collection<String>> copy = new LinkedHashMap<>();
        aliasesByCandidate.forEach((candidate, aliases) -> copy.put(candidate, List.copyOf(aliases)));
        return new ClosestMatch(copy);
    }

    /** The candidate {@code wanted} most probably meant, if one is clearly best. Safe from several threads. */
    public Optional<String> suggest(String wanted) {
        return suggestions.computeIfAbsent(wanted, this::search);
    }

    private Optional<String> search(String wanted) {
        String normal = normalize(wanted);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        BitSet tier = new BitSet();
        addAll(tier, byNormal.get(normal));
        if (tier.isEmpty()) {
            String core = core(wanted);
            addAll(tier, byName.get(core));
            addAll(tier, byInitials.get(core));
            for (String acronym : acronyms(wanted)) {
                addAll(tier, byName.get(acronym));
            }
            initials(wanted).ifPresent(initials -> addAll(tier, byName.get(initials)));
        }
        Integer self = indexOf.get(wanted);
        if (self != null) {
            tier.clear(self);
        }
        return tier.isEmpty() ? closestByDistance(wanted) : closestAsTyped(wanted, tier);
    }

    /** Candidates within one edit of {@code wanted} as typed (a change of case or accent is an edit), in candidate order. */
    public List<String> withinOneEdit(String wanted) {
        BitSet found = new BitSet();
        if (wanted.length() <= MAX_INDEXED_LENGTH + 1) {
            Map<String, List<Integer>> index = deletionIndex();
            addAll(found, index.get(wanted));
            for (String deleted : oneDeletions(wanted)) {
                addAll(found, index.get(deleted));
            }
        }
        for (int i : longCandidates) {
            if (Math.abs(candidates.get(i).length() - wanted.length()) <= 1) {
                found.set(i);
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            String candidate = candidates.get(i);
            // Deleting a character at different places finds transpositions too ("ab"/"ba"): those are two edits.
            if (!candidate.equals(wanted) && EditDistance.atMost(wanted, candidate, 1) <= 1) {
                result.add(candidate);
            }
        }
        return result;
    }

    /** Among candidates equally close by form, the one closest to the text as typed, if strictly closest. */
    private Optional<String> closestAsTyped(String wanted, BitSet tier) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (int i = tier.nextSetBit(0); i >= 0; i = tier.nextSetBit(i + 1)) {
            String candidate = candidates.get(i);
            int distance = EditDistance.atMost(wanted, candidate, MAX_RANKING_DISTANCE);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Tier 3: the candidate whose core name is strictly nearest, within the bound for its length. */
    private Optional<String> closestByDistance(String wanted) {
        String core = core(wanted);
        int bound = bound(core.length());
        int bestIndex = -1;
        int bestDistance = bound + 1;
        boolean tie = false;
        CharacterCounts wantedCounts = CharacterCounts.of(core);
        for (List<Core> sameLength : byCoreLength.subMap(core.length() - bound, true, core.length() + bound, true).values()) {
            for (Core candidate : sameLength) {
                if (candidates.get(candidate.index()).equals(wanted)) {
                    continue;
                }
                int limit = Math.min(bound, bestDistance);
                // a candidate whose letters alone are too far off cannot be within the limit: the
                // distance would come back "over" and change nothing. Skipping it saves the banded
                // matrix, which was ~16% of the CPU samples of an x100 run (issue 9).
                if (wantedCounts.quickLowerBound(candidate.counts()) > limit
                        || wantedCounts.lowerBound(candidate.counts()) > limit) {
                    continue;
                }
                int distance = EditDistance.withSwapsAtMost(core, candidate.text(), limit);
                if (distance < bestDistance) {
                    bestIndex = candidate.index();
                    bestDistance = distance;
                    tie = false;
                } else if (distance == bestDistance && distance <= bound) {
                    tie = true;
                }
            }
        }
        return bestIndex >= 0 && !tie ? Optional.of(candidates.get(bestIndex)) : Optional.empty();
    }

    /**
     * How many edits still count as a typo: one in a short name ({@code cnam}/{@code cnan}), two up
     * to eight characters, then a quarter of the length; beyond that, names are merely related.
     */
    static int bound(int length) {
        if (length <= 4) {
            return 1;
        }
        return Math.min(MAX_EDITS, Math.max(2, length / 4));
    }

    private synchronized Map<String, List<Integer>> deletionIndex() {
        if (deletions == null) {
            Map<String, List<Integer>> index = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                String candidate = candidates.get(i);
                if (candidate.length() > MAX_INDEXED_LENGTH) {
                    continue;
                }
                // Unlike the name forms, the empty text is a key here: "b" is one edit from "a".
                index.computeIfAbsent(candidate, k -> new ArrayList<>()).add(i);
                for (String deleted : oneDeletions(candidate)) {
                    index.computeIfAbsent(deleted, k -> new ArrayList<>()).add(i);
                }
            }
            deletions = index;
        }
        return deletions;
    }

    private static Set<String> oneDeletions(String text) {
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); i++) {
            result.add(text.substring(0, i) + text.substring(i + 1));
        }
        return result;
    }

    /** Lower case, accents and ligatures undone, {@code ®}/{@code ™} and punctuation as spaces, spacing collapsed. */
    static String normalize(String text) {
        String ascii = normalizeAscii(text);
        return ascii != null ? ascii : normalizeUnicode(text);
    }

    /**
     * The same as {@link #normalizeUnicode} for a text of ASCII characters only, or null: one pass,
     * without the decomposition and two regular expressions that made building the matchers over
     * 28,000 paths and 20,000 titles a quarter of the reference rule's samples at x100 (issue 9).
     */
    private static String normalizeAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            if (!word) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    static String normalizeUnicode(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(unaccented).replaceAll(" ").trim();
    }

    /** The name itself: normalized, without a trailing {@code " | ..."} qualifier and a leading {@code "API "}. */
    static String core(String text) {
        int bar = text.indexOf('|');
        String normal = normalize(bar > 0 ? text.substring(0, bar) : text);
        return normal.startsWith(API_PREFIX) && normal.length() > API_PREFIX.length()
                ? normal.substring(API_PREFIX.length()) : normal;
    }

    /** Acronyms a name gives in parentheses: {@code API Associations (RNA)} gives {@code rna}. */
    static List<String> acronyms(String text) {
        List<String> result = new ArrayList<>();
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            result.add(normalize(m.group(1)));
        }
        return result;
    }

    /**
     * The initials of the capitalised words of a core name, when there are at least two:
     * {@code API Répertoire National des Associations} gives {@code rna}.
     */
    static Optional<String> initials(String text) {
        int bar = text.indexOf('|');
        String name = bar > 0 ? text.substring(0, bar) : text;
        StringBuilder initials = new StringBuilder();
        String[] words = NOT_WORD.split(name.strip());
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean apiPrefix = i == 0 && word.equals("API");
            if (!word.isEmpty() && !apiPrefix && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.length() >= 2 ? Optional.of(normalize(initials.toString())) : Optional.empty();
    }

    private static void add(Map<String, List<Integer>> index, String key, int candidate) {
        if (!key.isEmpty()) {
            List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.isEmpty() || list.get(list.size() - 1) != candidate) {
                list.add(candidate);
            }
        }
    }

    private static void addAll(BitSet set, List<Integer> indexes) {
        if (indexes != null) {
            indexes.forEach(set::set);
        }
    }
}

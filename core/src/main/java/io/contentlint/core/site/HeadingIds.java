package io.contentlint.core.site;

import io.contentlint.core.source.Heading;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rule a site uses to turn heading text into the id a {@code #fragment} names. */
public interface HeadingIds {

    /** The ids of a page's headings, in order (only the levels that get one). */
    List<String> ids(List<Heading> headings);

    static HeadingIds named(String name, List<Integer> levels) {
        Set<Integer> kept = Set.copyOf(levels);
        return switch (name) {
            case "api-gouv-fr" -> new ApiGouvFr(kept);
            case "github" -> new GitHub(kept);
            default -> throw new IllegalArgumentException("unknown heading id rule " + name);
        };
    }

    /**
     * api.gouv.fr: lower-case, each space to {@code -}, then NFD with the combining marks
     * U+0300-U+036F dropped; every other character is kept, so
     * {@code ## Pour collecter et/ou diffuser vos offres} is {@code pour-collecter-et/ou-diffuser-vos-offres}.
     */
    record ApiGouvFr(Set<Integer> levels) implements HeadingIds {
        private static final Pattern COMBINING = Pattern.compile("[\\u0300-\\u036f]");

        @Override
        public List<String> ids(List<Heading> headings) {
            List<String> ids = new ArrayList<>();
            for (Heading heading : headings) {
                if (levels.contains(heading.level())) {
                    ids.add(slug(heading.text()));
                }
            }
            return ids;
        }

        static String slug(String text) {
            String dashed = text.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
            return COMBINING.matcher(Normalizer.normalize(dashed, Normalizer.Form.NFD)).replaceAll("");
        }
    }

    /**
     * github-slugger (what GitHub and most static site generators use): lower-case, drop every
     * character that is not a letter, a mark, a number, a connector ({@code _}), {@code -} or a
     * space, then each space to {@code -} (so {@code Foo & Bar} is {@code foo--bar}). A repeated id
     * gets {@code -1}, {@code -2}..., skipping suffixes a heading already took: {@code a}, {@code a},
     * {@code a-1} give {@code a}, {@code a-1}, {@code a-1-1}.
     */
    record GitHub(Set<Integer> levels) implements HeadingIds {
        private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

        @Override
        public List<String> ids(List<Heading> headings) {
            List<String> ids = new ArrayList<>();
            Map<String, Integer> occurrences = new HashMap<>();
            for (Heading heading : headings) {
                if (!levels.contains(heading.level())) {
                    continue;
                }
                String original = slug(heading.text());
                String id = original;
                while (occurrences.containsKey(id)) {
                    int count = occurrences.merge(original, 1, Integer::sum);
                    id = original + "-" + count;
                }
                occurrences.put(id, 0);
                ids.add(id);
            }
            return ids;
        }

        static String slug(String text) {
            return REMOVED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        }
    }
}

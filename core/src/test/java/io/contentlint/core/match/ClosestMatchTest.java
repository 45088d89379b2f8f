package io.contentlint.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosestMatchTest {
    /** Titles as the api.gouv.fr corpus spells them. */
    private static final List<String> TITLES = List.of(
            "API Statut étudiant | Bouquet API Particulier",
            "API Statut étudiant boursier | Bouquet API Particulier",
            "API Statut Etudiant - écriture",
            "API Base Carbone",
            "API Indemnités Journalières de la CNAM",
            "API Complémentaire santé solidaire | Bouquet API Particulier",
            "API Aides financieres de l’ADEME",
            "API Associations (RNA)",
            "API Data.Subvention",
            "API Alternance",
            "API Registre des Bénéficiaires Effectifs (RBE)",
            "API Recherche d’entreprises",
            "API Entreprise");

    private final ClosestMatch titles = new ClosestMatch(TITLES);

    @Test
    void ignoresAccentsAndCase() {
        assertThat(titles.suggest("API Indemnités journalières de la CNAM")).contains("API Indemnités Journalières de la CNAM");
        assertThat(titles.suggest("api base carbone")).contains("API Base Carbone");
        assertThat(titles.suggest("API Indemnites Journalieres de la CNAM")).contains("API Indemnités Journalières de la CNAM");
    }

    @Test
    void ignoresTrademarkSignsPunctuationAndSpacing() {
        assertThat(titles.suggest("API Base Carbone®")).contains("API Base Carbone");
        assertThat(titles.suggest("API  Base   Carbone™")).contains("API Base Carbone");
        assertThat(titles.suggest("API Aides financieres de l'ADEME")).contains("API Aides financieres de l’ADEME");
    }

    @Test
    void ignoresATrailingQualifierAndALeadingApi() {
        assertThat(titles.suggest("API Statut Etudiant")).contains("API Statut étudiant | Bouquet API Particulier");
        assertThat(titles.suggest("API Statut étudiant boursier")).contains("API Statut étudiant boursier | Bouquet API Particulier");
        assertThat(titles.suggest("API complémentaire santé solidaire"))
                .contains("API Complémentaire santé solidaire | Bouquet API Particulier");
        assertThat(titles.suggest("Base Carbone")).contains("API Base Carbone");
    }

    @Test
    void matchesAnAcronymEitherWay() {
        assertThat(titles.suggest("API Répertoire National des Associations")).contains("API Associations (RNA)");
        assertThat(titles.suggest("API RBE")).contains("API Registre des Bénéficiaires Effectifs (RBE)");
        ClosestMatch spelledOut = new ClosestMatch(List.of("API Répertoire National des Associations", "API Entreprise"));
        assertThat(spelledOut.suggest("API RNA")).contains("API Répertoire National des Associations");
    }

    @Test
    void initialsNeverMatchOtherInitials() {
        // "Foo Bar" and "Fizz Buzz" share initials, which says nothing about the names.
        ClosestMatch match = new ClosestMatch(List.of("API Fizz Buzz"));
        assertThat(match.suggest("API Foo Bar")).isEmpty();
    }

    @Test
    void findsACandidateByItsAlias() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("API Alternance", List.of("api-la-bonne-alternance"));
        aliases.put("API Entreprise", List.of("api-entreprise"));
        ClosestMatch match = ClosestMatch.withAliases(aliases);
        assertThat(match.suggest("API La bonne alternance")).contains("API Alternance");
        assertThat(match.suggest("API Entreprise")).isEmpty();
    }

    @Test
    void fallsBackToTheSmallestEditDistance() {
        assertThat(titles.suggest("API data subventions")).contains("API Data.Subvention");
        assertThat(titles.suggest("API Aide financieres de l’ADEME")).contains("API Aides financieres de l’ADEME");
        assertThat(titles.suggest("API Recherche d’entreprise")).contains("API Recherche d’entreprises");
    }

    @Test
    void ranksByTheTextAsTypedWhenSeveralShareAForm() {
        ClosestMatch match = new ClosestMatch(List.of("API Geo", "API GEO", "API Géo"));
        assertThat(match.suggest("API géo")).contains("API Géo");
        assertThat(match.suggest("api geo")).contains("API Geo");
    }

    @Test
    void aTieSuggestsNothing() {
        ClosestMatch sameForm = new ClosestMatch(List.of("API Gèo", "API Géo"));
        assertThat(sameForm.suggest("API Geo")).isEmpty();
        ClosestMatch sameDistance = new ClosestMatch(List.of("dinum", "dinam"));
        assertThat(sameDistance.suggest("dinom")).isEmpty();
        ClosestMatch sameCore = new ClosestMatch(List.of("API X | Bouquet A", "API X | Bouquet B"));
        assertThat(sameCore.suggest("API X")).isEmpty();
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(titles.suggest("API Registre National du Commerce et des Sociétés")).isEmpty();
        assertThat(titles.suggest("API Météo")).isEmpty();
        assertThat(titles.suggest("")).isEmpty();
        assertThat(titles.suggest("®")).isEmpty();
        assertThat(new ClosestMatch(List.of()).suggest("anything")).isEmpty();
    }

    @Test
    void shortNamesAllowOneEditOnly() {
        ClosestMatch slugs = new ClosestMatch(List.of("cnam", "insee", "dinum"));
        assertThat(slugs.suggest("cnan")).contains("cnam");
        assertThat(slugs.suggest("xyam")).isEmpty();
        assertThat(slugs.suggest("dinnum")).contains("dinum");
        assertThat(slugs.suggest("cnma")).as("a swap of neighbours is one edit").contains("cnam");
    }

    @Test
    void neverSuggestsTheValueItself() {
        assertThat(titles.suggest("API Base Carbone")).isEmpty();
    }

    @Test
    void withinOneEditCountsCaseAndAccentsAsEdits() {
        ClosestMatch slugs = new ClosestMatch(List.of("mesri", "dinum", "insee", "ans", "abes"));
        assertThat(slugs.withinOneEdit("mesr")).containsExactly("mesri");
        assertThat(slugs.withinOneEdit("dinom")).containsExactly("dinum");
        assertThat(slugs.withinOneEdit("dinumm")).containsExactly("dinum");
        assertThat(slugs.withinOneEdit("DINUM")).isEmpty();
        assertThat(slugs.withinOneEdit("insée")).containsExactly("insee");
        assertThat(slugs.withinOneEdit("abs")).containsExactly("ans", "abes");
        assertThat(slugs.withinOneEdit("dinum")).isEmpty();
        assertThat(slugs.withinOneEdit("idnum")).as("a transposition is two edits").isEmpty();
    }

    /** The indexed lookup must find exactly what a scan of every candidate finds. */
    @Test
    void withinOneEditAgreesWithAFullScan() {
        List<String> words = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder word = new StringBuilder();
            for (int j = random.nextInt(5) + 1; j > 0; j--) {
                word.append((char) ('a' + random.nextInt(3)));
            }
            words.add(word.toString());
        }
        ClosestMatch match = new ClosestMatch(words);
        List<String> distinct = words.stream().distinct().toList();
        for (String wanted : List.of("a", "ab", "abc", "cab", "bbbb", "acbac", "")) {
            List<String> scanned = distinct.stream()
                    .filter(c -> !c.equals(wanted) && EditDistance.atMost(wanted, c, 1) <= 1).toList();
            assertThat(match.withinOneEdit(wanted)).as(wanted).containsExactlyElementsOf(scanned);
        }
    }

    /** Hostile input: a huge value or candidate must cost neither quadratic memory nor time. */
    @Test
    void hugeValuesStayCheap() {
        String huge = "x".repeat(200_000);
        String longTitle = "API " + "y".repeat(300);
        ClosestMatch match = new ClosestMatch(List.of(huge, longTitle, "dinum"));
        assertThat(match.withinOneEdit(huge + "z")).containsExactly(huge);
        assertThat(match.withinOneEdit(longTitle.substring(1))).containsExactly(longTitle);
        assertThat(match.withinOneEdit("x".repeat(100_000))).isEmpty();
        assertThat(match.suggest("x".repeat(199_990))).contains(huge);
        assertThat(match.suggest("z".repeat(150_000))).isEmpty();
    }

    @Test
    void asciiTextIsNormalizedAsTheUnicodeWayWould() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append((char) random.nextInt(0x80));
            }
            assertThat(ClosestMatch.normalize(text.toString())).as("%s", text)
                    .isEqualTo(ClosestMatch.normalizeUnicode(text.toString()));
        }
        assertThat(ClosestMatch.normalize("  /les-api/API_Geo--v2 ")).isEqualTo("les api api geo v2");
        assertThat(ClosestMatch.normalize("API Base Carbone®")).isEqualTo("api base carbone");
    }
}

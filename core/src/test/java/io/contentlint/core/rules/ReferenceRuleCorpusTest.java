package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.LintResult;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Severity;
import io.contentlint.core.testing.Corpus;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference rule on the real api.gouv.fr snapshot: exactly the defects it holds, nothing else. */
class ReferenceRuleCorpusTest {
    private static final String STATUT = "API Statut étudiant | Bouquet API Particulier";
    private static final String BOURSIER = "API Statut étudiant boursier | Bouquet API Particulier";

    /** One real finding: where, the value as written, and the suggestion (null when none is clear). */
    private record Expected(String path, int line, int column, String value, String suggestion) {
        String message() {
            return "no API has the title \"" + value + "\"" + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?");
        }
    }

    /** The 18 guide entries that name no API title at snapshot 58a95fa (checked one by one against _data/api). */
    private static final List<Expected> DANGLING_TITLES = List.of(
            new Expected("_data/guides/aides-facultatives-scolarite.md", 11, 5, "API Statut Etudiant", STATUT),
            new Expected("_data/guides/aides-facultatives-scolarite.md", 12, 5, "API Statut étudiant boursier", BOURSIER),
            new Expected("_data/guides/api-energie.md", 15, 5, "API Aide financieres de l’ADEME", "API Aides financieres de l’ADEME"),
            new Expected("_data/guides/api-energie.md", 17, 5, "API Base Carbone®", "API Base Carbone"),
            new Expected("_data/guides/api-franceconnectees.md", 11, 5, "API Statut Etudiant", STATUT),
            new Expected("_data/guides/api-franceconnectees.md", 12, 5, "API Statut étudiant boursier", BOURSIER),
            new Expected("_data/guides/api-franceconnectees.md", 13, 5, "API Indemnités journalières de la CNAM",
                    "API Indemnités Journalières de la CNAM"),
            new Expected("_data/guides/api-franceconnectees.md", 16, 5, "API complémentaire santé solidaire",
                    "API Complémentaire santé solidaire | Bouquet API Particulier"),
            new Expected("_data/guides/authentification.md", 12, 5, "API Statut Etudiant", STATUT),
            new Expected("_data/guides/authentification.md", 13, 5, "API Statut étudiant boursier", BOURSIER),
            new Expected("_data/guides/delivrance-titres-transport.md", 11, 5, "API Statut Etudiant", STATUT),
            new Expected("_data/guides/delivrance-titres-transport.md", 12, 5, "API Statut étudiant boursier", BOURSIER),
            new Expected("_data/guides/guide-api-statistiques.md", 15, 5, "API Répertoire National des Associations",
                    "API Associations (RNA)"),
            new Expected("_data/guides/guide-api-statistiques.md", 17, 5, "API data subventions", "API Data.Subvention"),
            // RNCS was replaced by the RNE; no API of the snapshot is clearly the one meant.
            new Expected("_data/guides/migration-entreprise-data.md", 10, 5, "API Registre National du Commerce et des Sociétés", null),
            new Expected("_data/guides/simplifier-demarches-etudiants.md", 10, 5, "API Statut Etudiant", STATUT),
            new Expected("_data/guides/simplifier-demarches-etudiants.md", 11, 5, "API Statut étudiant boursier", BOURSIER),
            // The API's file is api-la-bonne-alternance.md; its title is "API Alternance".
            new Expected("_data/guides/widget-la-bonne-alternance.md", 9, 5, "API La bonne alternance", "API Alternance"));

    @Test
    void reportsExactlyTheDanglingTitlesAndOnePartnerTypo() {
        LintResult result = Lint.folder(Corpus.apiGouvFr());
        List<Finding> references = result.findings().stream().filter(f -> f.rule().equals("reference")).toList();

        List<Finding> errors = references.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).extracting(Finding::path, Finding::line, Finding::column, Finding::message, Finding::suggestion)
                .containsExactlyElementsOf(DANGLING_TITLES.stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.path(), e.line(), e.column(), e.message(), e.suggestion()))
                        .toList());

        // partners: [CNAF, france-travail, mesr]: a list of slugs where "mesr" is the acronym of the
        // producer "mesri"; it is also one letter from "mefr", so no single suggestion.
        assertThat(references.stream().filter(f -> f.severity() == Severity.WARNING).toList())
                .extracting(Finding::path, Finding::line, Finding::column, Finding::message, Finding::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("_data/api/api-particulier.md", 50, 5,
                        "\"mesr\" names no document of the collection \"producteurs\", so the site shows it as plain text,"
                                + " but it is one edit away from \"mefr\", \"mesri\"; did you mean one of them?", null));
        assertThat(result.warnings()).isEmpty();
    }

    /** The defects the issue asks to inject into a copy, each reported at its own line. */
    @Test
    void reportsDefectsInjectedIntoACopy(@TempDir Path copy) throws IOException {
        Corpus.copyApiGouvFrTo(copy);
        replace(copy.resolve("_data/api/api-entreprise.md"), "producer: dinum", "producer: dinumm");
        replace(copy.resolve("_data/guides/guide-api-statistiques.md"), "image: ", "image: missing-");
        appendRelatedGuide(copy.resolve("_data/guides/api-franceconnectees.md"), "authentificaton");

        List<Finding> injected = Lint.folder(copy).findings().stream()
                .filter(f -> f.rule().equals("reference"))
                .filter(f -> !f.path().startsWith("_data/guides/") || !f.message().startsWith("no API has the title"))
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertThat(injected).extracting(Finding::path, Finding::line, Finding::column, Finding::suggestion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("_data/api/api-entreprise.md", lineOf(copy, "_data/api/api-entreprise.md",
                                "producer: dinumm"), 11, "dinum"),
                        org.assertj.core.groups.Tuple.tuple("_data/guides/api-franceconnectees.md",
                                lineOf(copy, "_data/guides/api-franceconnectees.md", "  - authentificaton"), 5, "authentification"),
                        org.assertj.core.groups.Tuple.tuple("_data/guides/guide-api-statistiques.md",
                                lineOf(copy, "_data/guides/guide-api-statistiques.md", "image: missing-"), 8, null));
        assertThat(injected.get(2).message()).startsWith("the files public/images/guides/missing-");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    /** Adds a {@code related_guides} list with one entry just before the closing {@code ---}. */
    private static void appendRelatedGuide(Path file, String slug) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int close = text.indexOf("\n---", 3);
        Files.writeString(file, text.substring(0, close) + "\nrelated_guides:\n  - " + slug + text.substring(close),
                StandardCharsets.UTF_8);
    }

    private static int lineOf(Path root, String path, String start) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(path), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + path);
    }
}

package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.report.Finding;
import io.contentlint.core.testing.Corpus;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code internal-link} and {@code anchor} on the real api.gouv.fr snapshot: exactly the broken
 * links it really has (each checked by hand), then the same corpus, copied, with broken and valid
 * links of every shape injected: only the broken ones are reported, each at its line and column.
 */
class LinkRulesCorpusTest {

    /** The real defects of the snapshot, as "rule|path:line:column|message". */
    static final List<String> REAL = List.of(
            "internal-link|_data/api/api-entreprise.md:221:37|no page, file or redirect of the site has the address \"/les-api/api-rncs\"; check the link",
            "internal-link|_data/api/api-rbe.md:77:93|no page, file or redirect of the site has the address \"/les-api/api-rncs\"; check the link",
            "internal-link|_data/api/api-scolarite-ministere-education-nationale.md:58:138|the link \"les-api/api-particulier\" leads to \"/les-api/les-api/api-particulier\", where the site has no page, file or redirect; did you mean \"/les-api/api-particulier\"?",
            "anchor|_data/api/api-statut-etudiant-boursier.md:23:469|the link \"https://api.gouv.fr/les-api/api-particulier#exemples-d%E2%80%99application\" names the anchor \"exemples-d’application\", but no heading of the page \"/les-api/api-particulier\" has that id; check the heading it should lead to",
            "anchor|_data/api/api-statut-etudiant.md:24:469|the link \"https://api.gouv.fr/les-api/api-particulier#exemples-d%E2%80%99application\" names the anchor \"exemples-d’application\", but no heading of the page \"/les-api/api-particulier\" has that id; check the heading it should lead to",
            "anchor|_data/api/api_complementaire_sante_solidaire.md:23:481|the link \"https://api.gouv.fr/les-api/api-particulier#exemples-d%E2%80%99application\" names the anchor \"exemples-d’application\", but no heading of the page \"/les-api/api-particulier\" has that id; check the heading it should lead to",
            "anchor|_data/api/api_quotient_familial_msa_caf.md:23:481|the link \"https://api.gouv.fr/les-api/api-particulier#exemples-d%E2%80%99application\" names the anchor \"exemples-d’application\", but no heading of the page \"/les-api/api-particulier\" has that id; check the heading it should lead to",
            "internal-link|_data/api/moncomptepro.md:20:76|the link \"contact@moncomptepro.beta.gouv.fr\" leads to \"/les-api/contact@moncomptepro.beta.gouv.fr\", where the site has no page, file or redirect; did you mean \"mailto:contact@moncomptepro.beta.gouv.fr\"?",
            "internal-link|_data/guides/diffusion-api-guide-pratique.md:118:45|the address \"/resources/DataPass_presentation_new.pdf\" differs only in case from \"/resources/Datapass_presentation_new.pdf\"; the server is case-sensitive, write \"/resources/Datapass_presentation_new.pdf\"",
            "internal-link|_data/guides/guide-api-statistiques.md:196:15|the link \"https://api.gouv.fr/les-api/api-data-subventions\" leads to \"/les-api/api-data-subventions\", where the site has no page, file or redirect; did you mean \"/les-api/api-data-subvention\"?",
            "internal-link|_data/guides/migration-entreprise-data.md:24:112|no page, file or redirect of the site has the address \"/les-api/api-rncs\"; check the link",
            "internal-link|_data/guides/migration-entreprise-data.md:87:77|no page, file or redirect of the site has the address \"/les-api/api-rncs\"; check the link",
            "internal-link|_data/service/mon-entreprise.md:17:24|the link \"https://api.gouv.fr/les-api/api-geo.html\" leads to \"/les-api/api-geo.html\", where the site has no page, file or redirect; did you mean \"/les-api/api-geo\"?",
            "internal-link|_data/service/mon-entreprise.md:19:31|the link \"https://api.gouv.fr/les-api/api-entreprise.html\" leads to \"/les-api/api-entreprise.html\", where the site has no page, file or redirect; did you mean \"/les-api/api-entreprise\"?");

    private static List<String> linkFindings(Path root) {
        return Lint.folder(root).findings().stream()
                .filter(f -> f.rule().equals("internal-link") || f.rule().equals("anchor"))
                .map(LinkRulesCorpusTest::describe)
                .toList();
    }

    private static String describe(Finding f) {
        return f.rule() + "|" + f.path() + ":" + f.line() + ":" + f.column() + "|" + f.message();
    }

    @Test
    void theSnapshotHasExactlyItsRealBrokenLinks() {
        assertThat(linkFindings(Corpus.apiGouvFr())).containsExactlyElementsOf(REAL);
    }

    @Test
    void injectedBrokenLinksAreReportedAtTheirPlaceAndValidOnesAreNot(@TempDir Path copy) throws IOException {
        Corpus.copyApiGouvFrTo(copy);
        Path guide = copy.resolve("_data/guides/api-definition.md");
        Files.writeString(guide, String.join("\n", "",
                "",
                "[absente](/les-api/api-qui-n-existe-pas) et [valide](/les-api/api-particulier/demande-acces)",
                "[pdf](/resources/x.pdf) et [pdf valide](/resources/CGU%20API%20Particulier.pdf)",
                "<Button href=\"/rechercher-apii\">x</Button> <Button href=\"/rechercher-api\">y</Button>",
                "[absolue](https://api.gouv.fr/guides/authentificaton) et [absolue valide](https://api.gouv.fr/guides/authentification/)",
                "[ancre](/guides/authentification#section-inexistante)",
                "[casse](/Les-Api/api-particulier)",
                "[ancre valide](/guides/diffusion-api-guide-pratique#🔑-gestion-de-l'acces-a-votre-api) "
                        + "[encodée](/les-api/api-sfip#les-donnees-disponibles-dans-l%E2%80%99api)",
                "[accent gardé](/les-api/api-sfip#les-donn%C3%A9es-disponibles-dans-l%E2%80%99api)",
                ""), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        int first = Files.readAllLines(guide).indexOf(
                "[absente](/les-api/api-qui-n-existe-pas) et [valide](/les-api/api-particulier/demande-acces)") + 1;
        Path api = copy.resolve("_data/api/api-particulier.md");
        List<String> apiLines = new ArrayList<>(Files.readAllLines(api));
        assertThat(apiLines.get(9)).isEqualTo("    description: |");
        apiLines.add(10, "      Voir <External href=\"/guides/inexistant-en-yaml\">x</External> "
                + "<Button href=\"/les-api/api-particulier/demande-acces\">y</Button>");
        Files.write(api, apiLines, StandardCharsets.UTF_8);
        Path crlf = copy.resolve("_data/api/DILA_api_Legifrance.md");
        int crlfLine = new String(Files.readAllBytes(crlf), StandardCharsets.UTF_8).split("\r\n", -1).length + 1;
        Files.writeString(crlf, "\r\n[crlf](/les-api/inexistante-crlf) [valide](/les-api/api-particulier)\r\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        List<String> expected = new ArrayList<>(REAL);
        String g = "_data/guides/api-definition.md:";
        expected.addAll(List.of(
                "internal-link|" + g + first + ":11|no page, file or redirect of the site has the address \"/les-api/api-qui-n-existe-pas\"; check the link",
                "internal-link|" + g + (first + 1) + ":7|no page, file or redirect of the site has the address \"/resources/x.pdf\"; check the link",
                "internal-link|" + g + (first + 2) + ":15|no page, file or redirect of the site has the address \"/rechercher-apii\"; did you mean \"/rechercher-api\"?",
                "internal-link|" + g + (first + 3) + ":11|the link \"https://api.gouv.fr/guides/authentificaton\" leads to \"/guides/authentificaton\", where the site has no page, file or redirect; did you mean \"/guides/authentification\"?",
                "anchor|" + g + (first + 4) + ":9|the link \"/guides/authentification#section-inexistante\" names the anchor \"section-inexistante\", but no heading of the page \"/guides/authentification\" has that id; check the heading it should lead to",
                "internal-link|" + g + (first + 5) + ":9|the address \"/Les-Api/api-particulier\" differs only in case from \"/les-api/api-particulier\"; the server is case-sensitive, write \"/les-api/api-particulier\"",
                "anchor|" + g + (first + 7) + ":16|the link \"/les-api/api-sfip#les-donn%C3%A9es-disponibles-dans-l%E2%80%99api\" names the anchor \"les-données-disponibles-dans-l’api\", but no heading of the page \"/les-api/api-sfip\" has that id; did you mean \"#les-donnees-disponibles-dans-l’api\"?",
                "internal-link|_data/api/api-particulier.md:11:28|no page, file or redirect of the site has the address \"/guides/inexistant-en-yaml\"; check the link",
                "internal-link|_data/api/DILA_api_Legifrance.md:" + crlfLine + ":8|no page, file or redirect of the site has the address \"/les-api/inexistante-crlf\"; check the link"));
        assertThat(linkFindings(copy)).containsExactlyInAnyOrderElementsOf(expected);
    }
}

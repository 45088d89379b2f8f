package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.LintResult;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.config.Limits;
import io.contentlint.core.report.Finding;
import io.contentlint.core.schema.SchemaCatalog;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import io.contentlint.core.testing.Corpus;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule on the real api.gouv.fr snapshot: every document validated, exactly the real defects
 * reported, and the defects the issue names reported at their line once injected into a copy.
 * Hand-written good and bad cases per schema are the {@code frontmatter-schema-*} fixtures.
 */
class FrontMatterSchemaRuleTest {
    private static final String RULE = "frontmatter-schema";
    private static final Map<String, String> COLLECTIONS = Map.of("api", "_data/api", "guides", "_data/guides",
            "producteurs", "_data/producteurs", "service", "_data/service");

    /** Each one read in the file (see the closing note for why each is a real defect). */
    private static final List<String> REAL_CORPUS_FINDINGS = List.of(
            "_data/api/API_Ingres_Nomenclatures.md:27:1: warning: \"extrenal_site\" is not a known field; did you mean \"external_site\"?",
            "_data/api/api-aln.md:23:5: error: \"themes[3]\" must be one of the 31 values the schema lists (found \"ecologie\"); did you mean \"Ecologie\"?",
            "_data/api/api-aln.md:24:5: error: \"themes[4]\" must be one of the 31 values the schema lists (found \"environnement\"); did you mean \"Environnement\"?",
            "_data/api/api-annuaire-administration-services-publics.md:7:4: error: \"keywords[1]\" is empty; write text or remove the line",
            "_data/api/api-fonds-vert.md:20:5: error: \"themes[1]\" must be one of the 31 values the schema lists (found \"ecologie\"); did you mean \"Ecologie\"?",
            "_data/api/api-judilibre.md:18:5: error: \"themes[1]\" must be one of the 31 values the schema lists (found \"Droit et Justice\"); did you mean \"Droit & Justice\"?",
            "_data/api/api-mobilic.md:58:5: error: \"themes[3]\" must be one of the 31 values the schema lists (found \"Droit et Justice\"); did you mean \"Droit & Justice\"?",
            "_data/api/api-pseudonymisation-documents.md:22:5: error: \"themes[1]\" must be one of the 31 values the schema lists (found \"Droit et Justice\"); did you mean \"Droit & Justice\"?",
            "_data/api/api-services-publics-experiences.md:29:1: warning: \"visit_2019\" is not a known field; did you mean \"visits_2019\"?",
            "_data/api/api-services-publics-resultats.md:27:1: warning: \"visit_2019\" is not a known field; did you mean \"visits_2019\"?",
            "_data/api/api-services-publics-structures.md:24:1: warning: \"visit_2019\" is not a known field; did you mean \"visits_2019\"?",
            "_data/api/api-smart-verify.md:38:4: error: \"keywords[15]\" is empty; write text or remove the line",
            "_data/api/api_quiforme.md:64:14: error: \"last_update\" does not have the expected form (date of the last update of the page, written dd/mm/yyyy); found \"10/10/2023 /TODO\"",
            "_data/producteurs/carif-oref.md:11:10: error: \"contact\" does not have the expected form (where to contact the producer: an http(s) URL, a mailto: link or an e-mail address); found \"https://contact.service.gouv.fr/ TODO\"",
            "_data/producteurs/ditp.md:4:1: warning: \"name_with_pronoun\" is not a known field; did you mean \"nameWithPronoun\"?");

    @TempDir
    Path copy;

    @Test
    void everyCorpusDocumentHasReadableFrontMatterAndASchemaSoEveryOneIsValidated() throws IOException {
        Path root = Corpus.apiGouvFr();
        Config config = new ConfigLoader(RuleRegistry.standard().ids()).loadDefault();
        SchemaCatalog schemas = SchemaCatalog.load(config, root);
        DocumentReader reader = new DocumentReader(Limits.DEFAULT);
        int documents = 0;
        for (Map.Entry<String, String> collection : COLLECTIONS.entrySet()) {
            try (Stream<Path> files = Files.list(root.resolve(collection.getValue()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    Document document = reader.read(root, root.relativize(file).toString(), collection.getKey());
                    assertThat(document.frontMatter().mapping()).as(document.path()).isPresent();
                    assertThat(schemas.forCollection(collection.getKey())).as(collection.getKey()).isPresent();
                    documents++;
                }
            }
        }
        assertThat(documents).isEqualTo(278);
        assertThat(Lint.folder(root).filesChecked()).isEqualTo(documents);
    }

    @Test
    void onTheRealCorpusItReportsExactlyTheRealDefects() {
        assertThat(schemaFindings(Lint.folder(Corpus.apiGouvFr()))).containsExactlyElementsOf(REAL_CORPUS_FINDINGS);
    }

    @Test
    void defectsInjectedIntoACopyOfTheCorpusAreEachReportedAtTheirLine() throws IOException {
        Corpus.copyApiGouvFrTo(copy);
        replace("_data/api/api-geo.md", "\nis_open: 1 ", "\nis_open: 2 ");
        replace("_data/api/api_association.md", "\nproducer: djepva\n", "\n");
        replace("_data/guides/authentification.md", "\nnoindex: false", "\nnoindex: peut-etre");
        replace("_data/api/sirene_v3.md", "\nthemes:\n  - Entreprise\n", "\nthemes: Entreprise\n");

        List<String> findings = new ArrayList<>(schemaFindings(Lint.folder(copy)));
        findings.removeAll(REAL_CORPUS_FINDINGS);
        assertThat(findings).containsExactly(
                "_data/api/api-geo.md:4:10: error: \"is_open\" must be -1, 0 or 1 (found 2)",
                "_data/api/api_association.md:1:1: error: missing required field \"producer\" (the producer's slug, a file in _data/producteurs/)",
                "_data/api/sirene_v3.md:12:9: error: \"themes\" must be a list, found the text \"Entreprise\"",
                "_data/guides/authentification.md:6:10: error: \"noindex\" must be true or false, found the text \"peut-etre\"");
    }

    /** 40 aliases, under the parser's bound, that would expand to over 100 000 values: a finding, not an OOM. */
    @Test
    void anAliasBombGivesAFindingNotAnOutOfMemoryError() throws IOException {
        String ten = "[x, x, x, x, x, x, x, x, x, x]";
        StringBuilder yaml = new StringBuilder("---\ntitle: Bombe\nkeywords: &a " + ten + "\n");
        String previous = "a";
        for (String anchor : new String[] {"b", "c", "d"}) {
            yaml.append("x_").append(anchor).append(": &").append(anchor).append(' ').append(aliases(previous)).append('\n');
            previous = anchor;
        }
        yaml.append("tags: ").append(aliases(previous)).append("\n---\n");
        Path guide = copy.resolve("_data/guides/bombe.md");
        Files.createDirectories(guide.getParent());
        Files.writeString(guide, yaml);

        assertThat(schemaFindings(Lint.folder(copy))).containsExactly("_data/guides/bombe.md:7:1: error: the front matter "
                + "expands through aliases (*name) to more than 100000 values; it cannot be checked against its schema, "
                + "write the values out instead");
    }

    private static String aliases(String anchor) {
        return "[" + String.join(", ", java.util.Collections.nCopies(10, "*" + anchor)) + "]";
    }

    private static List<String> schemaFindings(LintResult result) {
        return result.findings().stream().filter(f -> f.rule().equals(RULE)).map(FrontMatterSchemaRuleTest::line).toList();
    }

    private static String line(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + ": " + f.message();
    }

    private void replace(String path, String from, String to) throws IOException {
        Path file = copy.resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(path).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }
}

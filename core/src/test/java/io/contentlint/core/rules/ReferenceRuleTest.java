package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigException;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.report.Severity;
import io.contentlint.core.site.ReferenceTarget;
import io.contentlint.core.site.Site;
import io.contentlint.core.site.SiteIndexer;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fixtures cannot show: configuration errors and warnings, severities, the French bundle. */
class ReferenceRuleTest {
    private final RuleRegistry registry = RuleRegistry.standard();
    private final ConfigLoader loader = new ConfigLoader(registry.ids());

    @ParameterizedTest
    @ValueSource(strings = {"related_guides[]x", "related_guides..x", "related[guides]", "related_guides[][]", ".x", "related_guides[].", ""})
    void aMalformedFieldPathIsAConfigurationError(String field) {
        String text = ConfigLoader.defaultText().replace("field: \"related_guides[]\"", "field: \"" + field + "\"");
        assertThat(text).contains(field);
        assertThatThrownBy(() -> loader.parse("contentlint.yml", text))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("contentlint.yml")
                .hasMessageContaining("references[4].field");
    }

    @Test
    void aMalformedKeyIsAConfigurationError() {
        String text = ConfigLoader.defaultText().replace("target: api, key: title }", "target: api, key: \"title[\" }");
        assertThatThrownBy(() -> loader.parse("contentlint.yml", text))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("references[0].key");
    }

    @Test
    void aFieldNoDocumentHasIsARunWarning(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("_data/guides"));
        Files.writeString(root.resolve("_data/guides/a.md"), "---\ntitle: A\nrelated_guides: [b]\n---\n");
        Files.writeString(root.resolve("contentlint.yml"), """
                collections:
                  docs: { glob: "_data/guides/*.md" }
                references:
                  - { collection: docs, field: "relatd_guides[]", target: docs }
                  - { collection: docs, field: "related_guides[]", target: docs, key: titel }
                """);
        LintResult result = Lint.folder(root);
        assertThat(result.warnings()).containsExactly(
                "references[0]: no document of the collection \"docs\" has the field \"relatd_guides[]\", so this"
                        + " reference checks nothing; check the field name",
                "references[1]: no document of the collection \"docs\" has the field \"titel\", so every value of"
                        + " this reference will be reported; check the key name");
        assertThat(result.findings()).extracting(Finding::line, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "no document of the collection \"docs\" has the titel \"b\""));
    }

    @Test
    void anEmptyListStillCountsAsHavingTheField(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("_data/guides"));
        Files.writeString(root.resolve("_data/guides/a.md"), "---\ntitle: A\nrelated_guides: []\n---\n");
        Files.writeString(root.resolve("contentlint.yml"), """
                collections:
                  guides: { glob: "_data/guides/*.md" }
                references:
                  - { collection: guides, field: "related_guides[]", target: guides }
                """);
        LintResult result = Lint.folder(root);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    /** guides.api[] and service.api[] both name API titles: one matcher serves both, built once. */
    @Test
    void referencesToTheSameTargetShareOneMatcher() {
        Config config = loader.loadDefault();
        Site site = SiteIndexer.build(config, List.of(), Set.of());
        ReferenceTarget fromGuides = ReferenceTarget.of(config.references().get(0));
        ReferenceTarget fromServices = ReferenceTarget.of(config.references().get(1));
        assertThat(fromGuides).isEqualTo(fromServices);
        assertThat(site.matcher(fromGuides)).isSameAs(site.matcher(fromServices));
        assertThat(site.matcher(ReferenceTarget.of(config.references().get(2)))).isNotSameAs(site.matcher(fromGuides));
    }

    @Test
    void freeTextTyposAreWarningsAndTheRestErrors() throws URISyntaxException {
        List<Finding> findings = Lint.folder(fixture()).findings().stream().filter(f -> f.rule().equals("reference")).toList();
        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(Finding::path).containsOnly("_data/api/statut-etudiant.md").hasSize(2);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).hasSize(16);
    }

    @Test
    void speaksFrench() throws URISyntaxException {
        Config config = loader.loadDefault();
        LintResult result = new Linter(config, registry, new Messages(Locale.FRENCH)).run(fixture(), List.of());
        assertThat(result.findings()).extracting(Finding::path, Finding::line, Finding::message).contains(
                org.assertj.core.groups.Tuple.tuple("_data/guides/bad-titles.md", 5,
                        "aucune API n'a la valeur \"API Statut Etudiant\" dans son champ title ; vouliez-vous dire"
                                + " \"API Statut étudiant | Bouquet API Particulier\" ?"),
                org.assertj.core.groups.Tuple.tuple("_data/api/base-carbone.md", 3,
                        "aucun producteur ne s'appelle \"ademee\" (le fichier _data/producteurs/ademee.md n'existe pas) ;"
                                + " vouliez-vous dire \"ademe\" ?"));
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Properties english = bundle("ReferenceRule.properties");
        Properties french = bundle("ReferenceRule_fr.properties");
        assertThat(english.stringPropertyNames()).contains("summary", "description")
                .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReferenceRule.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(ReferenceRuleTest.class.getResource("/fixtures/reference").toURI());
    }
}

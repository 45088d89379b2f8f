package io.contentlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contentlint.core.report.Severity;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader(Set.of("yaml-syntax", "reference"));

    @Test
    void theBuiltInDefaultDescribesTheApiGouvFrLayout() {
        Config config = loader.loadDefault();

        assertThat(config.collections()).containsOnlyKeys("api", "guides", "producteurs", "service");
        assertThat(config.collection("api").orElseThrow().key()).isEqualTo("title");
        assertThat(config.collection("api").orElseThrow().routes()).contains("/les-api/{slug}", "/les-api/{slug}/demande-acces");
        assertThat(config.site().redirects()).containsEntry("/les-api", "/rechercher-api");
        assertThat(config.site().headingIds()).isEqualTo("api-gouv-fr");
        assertThat(config.site().headingLevels()).containsExactly(2, 3);
        assertThat(config.references()).hasSize(8);
        assertThat(config.limits()).isEqualTo(Limits.DEFAULT);
    }

    @Test
    void anUnknownTopLevelKeyIsAnErrorNamingTheLineAndTheClosestKey() {
        String text = "collections:\n  guides:\n    glob: \"*.md\"\nrulez:\n  yaml-syntax: off\n";

        assertThatThrownBy(() -> loader.parse("contentlint.yml", text))
                .isInstanceOf(ConfigException.class)
                .hasMessage("contentlint.yml:4: unknown key \"rulez\"; did you mean \"rules\"?");
    }

    @Test
    void anUnknownNestedKeyIsAnError() {
        String text = "collections:\n  guides:\n    glob: \"*.md\"\n    shema: guide.schema.json\n";

        assertThatThrownBy(() -> loader.parse("c.yml", text))
                .hasMessage("c.yml:4: unknown key \"collections.guides.shema\"; did you mean \"schema\"?");
    }

    @Test
    void anUnknownRuleIdIsAnError() {
        String text = "collections:\n  guides:\n    glob: \"*.md\"\nrules:\n  yaml-sintax: off\n";

        assertThatThrownBy(() -> loader.parse("c.yml", text))
                .hasMessage("c.yml:5: unknown key \"rules.yaml-sintax\"; did you mean \"yaml-syntax\"?");
    }

    @Test
    void aWrongSeverityIsAnError() {
        String text = "collections:\n  guides:\n    glob: \"*.md\"\nrules:\n  yaml-syntax: loud\n";

        assertThatThrownBy(() -> loader.parse("c.yml", text))
                .hasMessage("c.yml:5: rules.yaml-syntax must be error, warning or off, not \"loud\"");
    }

    @Test
    void aWrongTypeIsAnError() {
        String text = "collections:\n  guides:\n    glob: [\"a\", \"b\"]\n";

        assertThatThrownBy(() -> loader.parse("c.yml", text))
                .hasMessage("c.yml:3: \"collections.guides.glob\" must be a single value, not a list or mapping");
    }

    @Test
    void aReferenceToAnUnknownCollectionIsAnError() {
        String text = "collections:\n  guides:\n    glob: \"*.md\"\nreferences:\n  - { collection: guides, field: \"api[]\", target: apis }\n";

        assertThatThrownBy(() -> loader.parse("c.yml", text))
                .hasMessage("c.yml:5: references[0] targets the unknown collection \"apis\"");
    }

    @Test
    void severitiesAndLimitsAreRead() {
        String text = "collections:\n  docs:\n    glob: \"**/*.md\"\nrules:\n  yaml-syntax: warning\n  reference: off\n"
                + "limits:\n  max-file-bytes: 1000\n";

        Config config = loader.parse("c.yml", text);

        assertThat(config.severities()).containsEntry("yaml-syntax", Severity.WARNING).containsEntry("reference", Severity.OFF);
        assertThat(config.limits().maxFileBytes()).isEqualTo(1000);
        assertThat(config.site().headingIds()).isEqualTo("github");
    }

    @Test
    void invalidYamlIsAnError() {
        assertThatThrownBy(() -> loader.parse("c.yml", "collections: [\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yml: not valid YAML:");
    }

    @Test
    void aSchemaPathLeadingOutOfTheRootIsAnError() {
        assertThatThrownBy(() -> loader.parse("c.yml",
                "collections:\n  notes:\n    glob: \"*.md\"\n    schema: ../../etc/passwd\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("c.yml:4: collections.notes.schema: \"../../etc/passwd\" leads outside the docs root; "
                        + "contentlint only reads files of the repository");
    }

    @Test
    void anAbsoluteSchemaPathIsAnError() {
        assertThatThrownBy(() -> loader.parse("c.yml",
                "collections:\n  notes:\n    glob: \"*.md\"\n    schema: /etc/passwd\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("c.yml:4: collections.notes.schema: \"/etc/passwd\" is an absolute path");
    }

    @Test
    void aDotDotThatStaysInsideTheRootIsFine() {
        Config config = loader.parse("c.yml", "collections:\n  notes:\n    glob: \"*.md\"\n    schema: schemas/../notes.json\n");

        assertThat(config.collection("notes").orElseThrow().schema()).isEqualTo("schemas/../notes.json");
    }

    @Test
    void siteFoldersAndFileTemplatesMustStayInsideTheRoot() {
        String collections = "collections:\n  notes:\n    glob: \"*.md\"\n";
        assertThatThrownBy(() -> loader.parse("c.yml", collections + "site:\n  public-dir: ../..\n"))
                .hasMessageContaining("site.public-dir: \"../..\" leads outside the docs root");
        assertThatThrownBy(() -> loader.parse("c.yml", collections + "site:\n  pages-dir: /var/www\n"))
                .hasMessageContaining("site.pages-dir: \"/var/www\" is an absolute path");
        assertThatThrownBy(() -> loader.parse("c.yml", collections
                + "references:\n  - {collection: notes, field: image, files: [\"../../{value}\"]}\n"))
                .hasMessageContaining("references[0].files: \"../../{value}\" leads outside the docs root");
    }

    @Test
    void aConfigurationNestedPastTheStackIsAnErrorNotACrash() {
        assertThatThrownBy(() -> loader.parse("c.yml", "collections: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yml: not valid YAML: lists and mappings nested more than 64 deep");
    }

    @Test
    void aConfigurationWithAnAliasCycleIsAnError() {
        assertThatThrownBy(() -> loader.parse("c.yml", "collections: &c {notes: {glob: x, routes: [*c]}}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("an alias refers to a node that contains it");
    }

    @Test
    void aGlobThatCannotBeCompiledIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> loader.parse("c.yml", "collections:\n  notes:\n    glob: \"notes/[abc\"\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yml:3: collections.notes.glob: \"notes/[abc\" is not a valid glob (");
        assertThatThrownBy(() -> loader.parse("c.yml", "collections:\n  notes:\n    glob: \"*.md\"\nexclude: [\"{a\"]\n"))
                .hasMessageStartingWith("c.yml:4: exclude: \"{a\" is not a valid glob (");
    }
}

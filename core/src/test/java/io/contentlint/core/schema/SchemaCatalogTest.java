package io.contentlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigException;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class SchemaCatalogTest {
    private static final String CONFIG = """
            collections:
              docs:
                glob: "docs/*.md"
                schema: %s
            """;

    @TempDir
    Path root;

    private Config config(String schema) throws IOException {
        Files.writeString(root.resolve("contentlint.yml"), CONFIG.formatted(schema));
        return new ConfigLoader(RuleRegistry.standard().ids()).load(root, null);
    }

    private void schemaFile(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theDefaultLayoutGetsTheFourBuiltInSchemas() {
        Config config = new ConfigLoader(RuleRegistry.standard().ids()).loadDefault();
        SchemaCatalog catalog = SchemaCatalog.load(config, null);
        for (String collection : new String[] {"api", "guides", "producteurs", "service"}) {
            assertThat(catalog.forCollection(collection)).as(collection).isPresent();
        }
        assertThat(catalog.forCollection("api").get().label()).isEqualTo("built-in api.schema.json");
    }

    @Test
    void aFileUnderTheRootOverridesTheBuiltInOfTheSameName() throws IOException {
        schemaFile("api.schema.json", "{\"type\": \"object\", \"required\": [\"owner\"]}");
        SchemaCatalog catalog = SchemaCatalog.load(config("api.schema.json"), root);
        assertThat(catalog.forCollection("docs").get().label()).isEqualTo("api.schema.json");
        assertThat(catalog.forCollection("docs").get().validate(JsonMapper.builder().build().readTree("{}"))).hasSize(1);
    }

    @Test
    void aRemoteRefIsRefusedNeverFetched() throws IOException {
        schemaFile("s/doc.json", "{\"properties\": {\"a\": {\"$ref\": \"https://example.org/x.json\"}}}");
        assertThatThrownBy(() -> SchemaCatalog.load(config("s/doc.json"), root))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("the schema s/doc.json has \"$ref\": \"https://example.org/x.json\", which is refused: "
                        + "contentlint never fetches schemas; copy the schema into the repository and refer to it by a relative path");
    }

    @Test
    void aFileUriRefIsRefused() throws IOException {
        schemaFile("s/doc.json", "{\"$ref\": \"file:///etc/passwd\"}");
        assertThatThrownBy(() -> SchemaCatalog.load(config("s/doc.json"), root))
                .isInstanceOf(ConfigException.class).hasMessageContaining("which is refused: contentlint never fetches schemas");
    }

    @Test
    void aRelativeRefLeadingOutsideTheRootIsRefused() throws IOException {
        Files.writeString(root.getParent().resolve("outside-" + root.getFileName() + ".json"), "{}");
        schemaFile("s/doc.json", "{\"$ref\": \"../../outside-" + root.getFileName() + ".json\"}");
        assertThatThrownBy(() -> SchemaCatalog.load(config("s/doc.json"), root))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("which is refused: it leads outside the docs root");
    }

    @Test
    void aRelativeRefToAMissingFileIsAConfigurationError() throws IOException {
        schemaFile("s/doc.json", "{\"$ref\": \"common.json#/$defs/a\"}");
        assertThatThrownBy(() -> SchemaCatalog.load(config("s/doc.json"), root))
                .isInstanceOf(ConfigException.class).hasMessageContaining("which is refused: no such file");
    }

    @Test
    void aRelativeRefInsideTheRootIsLoaded() throws IOException {
        schemaFile("s/doc.json", "{\"properties\": {\"a\": {\"$ref\": \"defs/common.json#/$defs/a\"}}}");
        schemaFile("s/defs/common.json", "{\"$defs\": {\"a\": {\"type\": \"integer\"}}}");
        CompiledSchema schema = SchemaCatalog.load(config("s/doc.json"), root).forCollection("docs").orElseThrow();
        assertThat(schema.validate(JsonMapper.builder().build().readTree("{\"a\": \"x\"}"))).hasSize(1);
    }

    @Test
    void anUnknownSchemaNameIsAConfigurationError() throws IOException {
        assertThatThrownBy(() -> SchemaCatalog.load(config("apis.schema.json"), root))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("collection \"docs\" names the schema \"apis.schema.json\", which is neither a file "
                        + "under the docs root nor a built-in schema");
    }

    @Test
    void aSchemaThatIsNotJsonIsAConfigurationError() throws IOException {
        schemaFile("s/doc.json", "{\"type\": ");
        assertThatThrownBy(() -> SchemaCatalog.load(config("s/doc.json"), root))
                .isInstanceOf(ConfigException.class).hasMessageContaining("the schema s/doc.json is not valid JSON");
    }
}

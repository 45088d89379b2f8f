package io.contentlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's "Front matter fields" section is generated from the built-in schemas' descriptions:
 * this test regenerates it and fails when the README differs (the expected text is written to
 * {@code target/front-matter-fields.md} to paste). It also holds the schemas to their promise that
 * every property says what it is.
 */
class FieldReferenceTest {
    private static final Map<String, String> SCHEMAS = Map.of(
            "api.schema.json", "`_data/api/*.md`",
            "guide.schema.json", "`_data/guides/*.md`",
            "producer.schema.json", "`_data/producteurs/*.md`",
            "service.schema.json", "`_data/service/*.md`");
    private static final List<String> ORDER = List.of("api.schema.json", "guide.schema.json", "producer.schema.json",
            "service.schema.json");
    private static final String START = "<!-- front-matter-fields: generated from schemas/*.json by FieldReferenceTest -->";
    private static final String END = "<!-- end of front-matter-fields -->";

    @Test
    void everyPropertyOfEveryBuiltInSchemaHasADescription() throws IOException {
        for (String name : ORDER) {
            List<String> undescribed = new ArrayList<>();
            collectUndescribed(schema(name), "", undescribed);
            assertThat(undescribed).as(name).isEmpty();
        }
    }

    @Test
    void theReadmeFieldReferenceMatchesTheSchemas() throws IOException {
        StringBuilder out = new StringBuilder(START).append("\n");
        for (String name : ORDER) {
            out.append(table(name, schema(name)));
        }
        out.append(END);
        String expected = out.toString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/front-matter-fields.md"), expected);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README section (regenerate from core/target/front-matter-fields.md)").contains(expected);
    }

    private static String table(String name, JsonNode schema) {
        StringBuilder out = new StringBuilder("\n### ").append(SCHEMAS.get(name)).append(" (`schemas/").append(name)
                .append("`)\n\n").append(schema.path("description").asString()).append("\n\n")
                .append("| field | required | value | meaning |\n|---|---|---|---|\n");
        rows(schema, "", out);
        return out.toString();
    }

    /** One row per property; the fields of list items ({@code access_page[].who}) follow their list. */
    private static void rows(JsonNode schema, String prefix, StringBuilder out) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            out.append("| `").append(prefix).append(property.getKey()).append("` | ")
                    .append(required.contains(property.getKey()) ? "yes" : "")
                    .append(" | ").append(value(property.getValue())).append(" | ")
                    .append(property.getValue().path("description").asString().replace("|", "\\|")).append(" |\n");
            rows(property.getValue().path("items"), prefix + property.getKey() + "[].", out);
        }
    }

    /** The value a property takes, in words: allowed values, a list of text, a URL... */
    private static String value(JsonNode property) {
        JsonNode values = property.has("enum") ? property.get("enum") : property.path("items").path("enum");
        if (values.isArray() && values.size() <= 6) {
            List<String> shown = new ArrayList<>();
            values.forEach(v -> shown.add("`" + v.asString() + "`"));
            return (property.has("enum") ? "" : "list of ") + String.join(", ", shown);
        }
        if (values.isArray()) {
            return "list, from " + values.size() + " values (see the schema)";
        }
        String type = typeOf(property);
        if (type.equals("array")) {
            return "list of " + typeOf(property.path("items"));
        }
        if (property.path("format").asString("").startsWith("uri")) {
            return property.path("format").asString().equals("uri") ? "URL" : "URL or site path";
        }
        if (property.has("pattern")) {
            return "text (form: see meaning)";
        }
        return type;
    }

    private static String typeOf(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return words(t.asString());
                }
            }
        }
        return words(type.asString("text"));
    }

    private static String words(String type) {
        return switch (type) {
            case "string" -> "text";
            case "boolean" -> "`true` or `false`";
            case "integer" -> "whole number";
            case "object" -> "fields";
            default -> type;
        };
    }

    private static void collectUndescribed(JsonNode schema, String path, List<String> undescribed) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String where = path + property.getKey();
            if (property.getValue().path("description").asString("").isBlank()) {
                undescribed.add(where);
            }
            collectUndescribed(property.getValue(), where + ".", undescribed);
            collectUndescribed(property.getValue().path("items"), where + "[].", undescribed);
        }
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = FieldReferenceTest.class.getClassLoader().getResourceAsStream("io/contentlint/schemas/" + name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }
}

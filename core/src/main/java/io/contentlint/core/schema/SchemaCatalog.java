package io.contentlint.core.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.contentlint.core.config.CollectionConfig;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The compiled JSON Schema of each collection, built once per run before any rule runs (rules do
 * no I/O). A schema is named in the configuration: a file under the docs root, else a built-in
 * name. Nothing is ever fetched: a remote or out-of-repository {@code $ref} is a
 * {@link ConfigException}, and so is a schema the validator cannot compile.
 */
public final class SchemaCatalog {
    private static final SchemaCatalog NONE = new SchemaCatalog(Map.of());

    private final Map<String, CompiledSchema> byCollection;

    private SchemaCatalog(Map<String, CompiledSchema> byCollection) {
        this.byCollection = Map.copyOf(byCollection);
    }

    /** A catalog without schemas (a configuration that names none). */
    public static SchemaCatalog none() {
        return NONE;
    }

    /** @param root the docs root (user schemas are resolved under it), or null for built-in schemas only */
    public static SchemaCatalog load(Config config, Path root) {
        SchemaSources sources = new SchemaSources(config.source(), root);
        Map<String, CompiledSchema> byName = new HashMap<>();
        Map<String, CompiledSchema> byCollection = new LinkedHashMap<>();
        for (CollectionConfig collection : config.collections().values()) {
            if (collection.schema() == null) {
                continue;
            }
            CompiledSchema compiled = byName.get(collection.schema());
            if (compiled == null) {
                compiled = compile(config.source(), sources.load(collection.name(), collection.schema()));
                byName.put(collection.schema(), compiled);
            }
            byCollection.put(collection.name(), compiled);
        }
        return new SchemaCatalog(byCollection);
    }

    public Optional<CompiledSchema> forCollection(String collection) {
        return Optional.ofNullable(byCollection.get(collection));
    }

    private static CompiledSchema compile(String configSource, Map<String, SchemaSources.Source> documents) {
        SchemaSources.Source main = documents.values().iterator().next();
        Map<String, String> texts = new HashMap<>();
        Map<String, JsonNode> trees = new HashMap<>();
        documents.forEach((iri, source) -> {
            texts.put(iri, source.json().toString());
            trees.put(iri, source.json());
        });
        try {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                    .schemas(texts)
                    .schemaLoader(loader -> loader.fetchRemoteResources(false))
                    // "format": "uri" must be checked, not only announced (2020-12 makes it an annotation by default)
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            Schema schema = registry.getSchema(SchemaLocation.of(main.iri()));
            schema.initializeValidators();
            return new CompiledSchema(main.label(), schema, trees);
        } catch (RuntimeException e) {
            throw new ConfigException(configSource + ": the schema " + main.label() + " cannot be compiled: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()), e);
        }
    }
}

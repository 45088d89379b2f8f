package io.contentlint.core.schema;

import io.contentlint.core.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds a schema and every schema file its {@code $ref}s reach, and reads them as JSON, without
 * ever touching the network: a {@code $ref} with a scheme ({@code https:}, {@code file:}, ...) or a
 * relative one leading outside the docs root (or outside the built-in schema folder) is a
 * configuration error. Each document gets an IRI under a base that is never fetched, so the
 * validator resolves the references among the documents handed to it and nowhere else.
 */
final class SchemaSources {
    /** Where the built-in schemas sit on the classpath (the core jar packages {@code schemas/} there). */
    static final String BUILT_IN_FOLDER = "io/contentlint/schemas/";
    static final List<String> BUILT_IN = List.of("api.schema.json", "guide.schema.json", "producer.schema.json",
            "service.schema.json");
    private static final String BASE = "https://schemas.contentlint.invalid/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String configSource;
    private final Path root;

    /** @param root the docs root, or null when only built-in schemas may be named */
    SchemaSources(String configSource, Path root) {
        this.configSource = configSource;
        this.root = root == null ? null : realPath(root);
    }

    /** A schema file read as JSON, and the IRI the validator knows it by. */
    record Source(String iri, String label, JsonNode json) {
    }

    /** The schema {@code name} of collection {@code collection}, then every document it refers to, by IRI. */
    Map<String, Source> load(String collection, String name) {
        Map<String, Source> loaded = new LinkedHashMap<>();
        Deque<Location> pending = new ArrayDeque<>();
        pending.add(locate(collection, name));
        while (!pending.isEmpty()) {
            Location location = pending.pop();
            if (loaded.containsKey(location.iri())) {
                continue;
            }
            JsonNode json = parse(location);
            loaded.put(location.iri(), new Source(location.iri(), location.label(), json));
            collectReferences(location, json, pending);
        }
        return loaded;
    }

    /** Where a document lives: a file under the root, or a built-in resource. */
    private record Location(String iri, String label, Path file, String resource) {
    }

    /** A file under the docs root wins (a user may override a built-in name); else a built-in name. */
    private Location locate(String collection, String name) {
        if (root != null) {
            Path candidate = root.resolve(name).normalize();
            if (Files.isRegularFile(candidate)) {
                return userFile(candidate, "collection \"" + collection + "\"");
            }
        }
        if (BUILT_IN.contains(name)) {
            return builtIn(name);
        }
        throw new ConfigException(configSource + ": collection \"" + collection + "\" names the schema \"" + name
                + "\", which is neither a file under the docs root nor a built-in schema (" + String.join(", ", BUILT_IN) + ")");
    }

    private Location userFile(Path file, String referrer) {
        Path real = realPath(file);
        if (root == null || !real.startsWith(root)) {
            throw new ConfigException(configSource + ": " + referrer + " refers to the schema " + file
                    + ", which is outside the docs root; contentlint only reads schemas from the repository");
        }
        String relative = root.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
        return new Location(BASE + "docs/" + relative, relative, real, null);
    }

    private static Location builtIn(String name) {
        return new Location(BASE + "builtin/" + name, "built-in " + name, null, BUILT_IN_FOLDER + name);
    }

    private JsonNode parse(Location location) {
        String text;
        try {
            text = location.file() != null ? Files.readString(location.file(), StandardCharsets.UTF_8) : resource(location.resource());
        } catch (IOException e) {
            throw new ConfigException(configSource + ": cannot read the schema " + location.label() + " (" + e.getMessage() + ")", e);
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new ConfigException(configSource + ": the schema " + location.label() + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SchemaSources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every {@code $ref} and {@code $dynamicRef} of a document: local ones pass, files are queued, the rest refused. */
    private void collectReferences(Location from, JsonNode node, Deque<Location> pending) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if ((field.getKey().equals("$ref") || field.getKey().equals("$dynamicRef")) && field.getValue().isString()) {
                    reference(from, field.getValue().asString()).ifPresent(pending::add);
                } else {
                    collectReferences(from, field.getValue(), pending);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collectReferences(from, item, pending);
            }
        }
    }

    private Optional<Location> reference(Location from, String ref) {
        if (ref.startsWith("#")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            throw refused(from, ref, "it is not a valid reference");
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            throw refused(from, ref, "contentlint never fetches schemas; copy the schema into the repository and "
                    + "refer to it by a relative path");
        }
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        if (from.file() != null) {
            Path target = from.file().getParent().resolve(path).normalize();
            if (!target.startsWith(root)) {
                throw refused(from, ref, "it leads outside the docs root; contentlint only reads schemas from the repository");
            }
            if (!Files.isRegularFile(target)) {
                throw refused(from, ref, "no such file");
            }
            return Optional.of(userFile(target, "the schema " + from.label()));
        }
        String resolved = URI.create(from.iri()).resolve(uri.getRawPath()).toString();
        String builtInBase = BASE + "builtin/";
        if (!resolved.startsWith(builtInBase) || !BUILT_IN.contains(resolved.substring(builtInBase.length()))) {
            throw refused(from, ref, "built-in schemas may only refer to each other");
        }
        return Optional.of(builtIn(resolved.substring(builtInBase.length())));
    }

    private ConfigException refused(Location from, String ref, String why) {
        return new ConfigException(configSource + ": the schema " + from.label() + " has \"$ref\": \"" + ref
                + "\", which is refused: " + why);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}

package io.contentlint.core.config;

import io.contentlint.core.report.Severity;
import io.contentlint.core.source.FieldPath;
import io.contentlint.core.source.BoundedYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code contentlint.yml}. Unknown keys and wrong types are errors with the file's line: a
 * misspelt key must never turn a check off silently.
 */
public final class ConfigLoader {
    /** Where the built-in default (the api.gouv.fr layout) lives on the classpath. */
    public static final String DEFAULT_RESOURCE = "/io/contentlint/core/config/default-contentlint.yml";
    public static final String FILE_NAME = "contentlint.yml";
    public static final String BUILT_IN = "built-in default (api.gouv.fr layout)";

    private static final Set<String> TOP_KEYS = Set.of("collections", "references", "site", "rules", "exclude", "limits");
    private static final Set<String> COLLECTION_KEYS =
            Set.of("glob", "schema", "routes", "key", "front-matter", "markdown-fields");
    private static final Set<String> REFERENCE_KEYS = Set.of("collection", "field", "target", "key", "files", "free-text");
    private static final Set<String> SITE_KEYS = Set.of("origins", "public-dir", "pages-dir", "page-params", "routes",
            "redirects", "heading-ids", "heading-levels");
    private static final Set<String> LIMIT_KEYS = Set.of("max-file-bytes", "yaml-max-aliases", "yaml-max-depth",
            "yaml-max-code-points", "max-link-length");
    private static final Set<String> HEADING_ID_RULES = Set.of("api-gouv-fr", "github");

    private final Set<String> knownRules;

    /** @param knownRules the rule ids the {@code rules:} section may name */
    public ConfigLoader(Set<String> knownRules) {
        this.knownRules = Set.copyOf(knownRules);
    }

    /** {@code explicit} if given, else {@code contentlint.yml} in the root, else the built-in default. */
    public Config load(Path root, Path explicit) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new ConfigException(explicit + ": configuration file not found");
            }
            return loadFile(explicit);
        }
        Path inRoot = root.resolve(FILE_NAME);
        return Files.isRegularFile(inRoot) ? loadFile(inRoot) : loadDefault();
    }

    public Config loadDefault() {
        return parse(BUILT_IN, defaultText());
    }

    public Config loadFile(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration (" + e.getMessage() + ")", e);
        }
    }

    /** The commented default configuration, as {@code contentlint init} writes it. */
    public static String defaultText() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in configuration is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in configuration", e);
        }
    }

    public Config parse(String file, String text) {
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setUseMarks(true).setMaxAliasesForCollections(10).build();
            root = new BoundedYaml(settings, Limits.DEFAULT.yamlMaxDepth()).compose(text).orElse(null);
        } catch (YamlEngineException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null) {
            throw new ConfigException(file + ": the configuration is empty");
        }
        ConfigNode top = new ConfigNode(file, "", root).allowOnly(TOP_KEYS);
        Map<String, CollectionConfig> collections = collections(top);
        List<ReferenceConfig> references = references(top, collections);
        SiteConfig site = site(top, collections);
        Map<String, Severity> severities = severities(top);
        Limits limits = limits(top);
        refuseEscapingPaths(top);
        return new Config(file, collections, references, site, severities, top.strings("exclude"), limits);
    }

    private Map<String, CollectionConfig> collections(ConfigNode top) {
        ConfigNode node = top.child("collections")
                .orElseThrow(() -> top.error(null, "the configuration declares no \"collections\""));
        Map<String, CollectionConfig> result = new LinkedHashMap<>();
        for (String name : node.keys()) {
            ConfigNode c = node.child(name).orElseThrow(() -> node.error(node.keyNode(name),
                    "collection \"" + name + "\" needs at least a \"glob\""));
            c.allowOnly(COLLECTION_KEYS);
            String frontMatter = c.string("front-matter", "optional");
            if (!frontMatter.equals("required") && !frontMatter.equals("optional")) {
                throw c.error(c.valueNode("front-matter"), "\"collections." + name + ".front-matter\" must be required or optional");
            }
            result.put(name, new CollectionConfig(name, c.requiredString("glob"), c.string("schema").orElse(null),
                    c.strings("routes"), c.string("key").orElse(null), frontMatter.equals("required"),
                    c.strings("markdown-fields")));
        }
        return result;
    }


    private List<ReferenceConfig> references(ConfigNode top, Map<String, CollectionConfig> collections) {
        List<ReferenceConfig> result = new ArrayList<>();
        List<Node> items = top.sequence("references");
        for (int i = 0; i < items.size(); i++) {
            ConfigNode r = top.item(items.get(i), i).allowOnly(REFERENCE_KEYS);
            String collection = r.requiredString("collection");
            if (!collections.containsKey(collection)) {
                throw r.error(r.valueNode("collection"), "references[" + i + "] names the unknown collection \"" + collection + "\"");
            }
            String target = r.string("target").orElse(null);
            List<String> files = r.strings("files");
            if ((target == null) == files.isEmpty()) {
                throw r.error(items.get(i), "references[" + i + "] needs exactly one of \"target\" (a collection) or \"files\"");
            }
            if (target != null && !collections.containsKey(target)) {
                throw r.error(r.valueNode("target"), "references[" + i + "] targets the unknown collection \"" + target + "\"");
            }
            for (String template : files) {
                if (!template.contains("{value}")) {
                    throw r.error(r.valueNode("files"), "references[" + i + "].files: \"" + template + "\" has no {value}");
                }
            }
            String field = checkFieldPath(r, "field", r.requiredString("field"), i);
            String key = r.string("key").orElse(null);
            if (key != null) {
                checkFieldPath(r, "key", key, i);
            }
            result.add(new ReferenceConfig(collection, field, target, key, files, r.bool("free-text", false)));
        }
        return result;
    }

    /** A field path of a reference ({@code api[]}, {@code access_page[].who[]}), rejected here if malformed. */
    private static String checkFieldPath(ConfigNode reference, String key, String path, int index) {
        try {
            FieldPath.parse(path);
            return path;
        } catch (IllegalArgumentException e) {
            throw reference.error(reference.valueNode(key), "references[" + index + "]." + key + ": " + e.getMessage());
        }
    }

    private SiteConfig site(ConfigNode top, Map<String, CollectionConfig> collections) {
        ConfigNode s = top.child("site").orElse(null);
        if (s == null) {
            return new SiteConfig(List.of(), "public", "pages", Map.of(), List.of(), Map.of(), "github", List.of(1, 2, 3, 4, 5, 6));
        }
        s.allowOnly(SITE_KEYS);
        Map<String, String> pageParams = s.stringMap("page-params");
        for (Map.Entry<String, String> e : pageParams.entrySet()) {
            if (!collections.containsKey(e.getValue())) {
                throw s.error(s.valueNode("page-params"),
                        "site.page-params binds \"" + e.getKey() + "\" to the unknown collection \"" + e.getValue() + "\"");
            }
        }
        String headingIds = s.string("heading-ids", "github");
        if (!HEADING_ID_RULES.contains(headingIds)) {
            throw s.error(s.valueNode("heading-ids"), "site.heading-ids must be api-gouv-fr or github, not \"" + headingIds + "\"");
        }
        List<Integer> levels = new ArrayList<>();
        for (String level : s.strings("heading-levels")) {
            try {
                int n = Integer.parseInt(level);
                if (n < 1 || n > 6) {
                    throw new NumberFormatException();
                }
                levels.add(n);
            } catch (NumberFormatException e) {
                throw s.error(s.valueNode("heading-levels"), "site.heading-levels must list numbers from 1 to 6");
            }
        }
        return new SiteConfig(s.strings("origins"), s.string("public-dir", "public"), s.string("pages-dir", "pages"),
                pageParams, s.strings("routes"), s.stringMap("redirects"), headingIds,
                levels.isEmpty() ? List.of(1, 2, 3, 4, 5, 6) : levels);
    }

    private Map<String, Severity> severities(ConfigNode top) {
        Map<String, Severity> result = new LinkedHashMap<>();
        ConfigNode rules = top.child("rules").orElse(null);
        if (rules == null) {
            return result;
        }
        rules.allowOnly(knownRules);
        for (Map.Entry<String, String> e : rules.asStringMap().entrySet()) {
            result.put(e.getKey(), Severity.fromId(e.getValue()).orElseThrow(() -> rules.error(rules.valueNode(e.getKey()),
                    "rules." + e.getKey() + " must be error, warning or off, not \"" + e.getValue() + "\"")));
        }
        return result;
    }

    private static Limits limits(ConfigNode top) {
        ConfigNode l = top.child("limits").orElse(null);
        if (l == null) {
            return Limits.DEFAULT;
        }
        l.allowOnly(LIMIT_KEYS);
        Limits d = Limits.DEFAULT;
        return new Limits(positive(l, "max-file-bytes", d.maxFileBytes()),
                (int) positive(l, "yaml-max-aliases", d.yamlMaxAliases()),
                (int) positive(l, "yaml-max-depth", d.yamlMaxDepth()),
                (int) positive(l, "yaml-max-code-points", d.yamlMaxCodePoints()),
                (int) positive(l, "max-link-length", d.maxLinkLength()));
    }

    private static long positive(ConfigNode node, String key, long fallback) {
        long value = node.number(key, fallback);
        if (value <= 0 || value > Integer.MAX_VALUE && !key.equals("max-file-bytes")) {
            throw node.error(node.valueNode(key), "limits." + key + " must be a positive number");
        }
        return value;
    }

    /**
     * Paths the configuration names are relative to the docs root and must stay inside it: a
     * pull request that edits {@code contentlint.yml} must not make the tool read
     * {@code ../../etc/passwd} or {@code /home/runner/.ssh/id_rsa} as a schema.
     */
    private static void refuseEscapingPaths(ConfigNode top) {
        top.child("collections").ifPresent(collections -> {
            for (String name : collections.keys()) {
                collections.child(name).ifPresent(c -> {
                    insideRoot(c, "schema", "collections." + name + ".schema");
                    c.string("glob").ifPresent(glob -> validGlob(c, c.valueNode("glob"), "collections." + name + ".glob", glob));
                });
            }
        });
        for (String glob : top.strings("exclude")) {
            validGlob(top, top.valueNode("exclude"), "exclude", glob);
        }
        top.child("site").ifPresent(site -> {
            insideRoot(site, "public-dir", "site.public-dir");
            insideRoot(site, "pages-dir", "site.pages-dir");
        });
        List<Node> references = top.sequence("references");
        for (int i = 0; i < references.size(); i++) {
            ConfigNode r = top.item(references.get(i), i);
            for (String template : r.strings("files")) {
                String where = "references[" + i + "].files";
                RootRelative.problem(template.replace("{value}", "x")).ifPresent(problem -> {
                    throw r.error(r.valueNode("files"), where + ": \"" + template + "\" " + problem);
                });
            }
        }
    }

    /** A glob the matcher cannot compile ({@code "[abc"}) would otherwise stop the run as an internal error. */
    private static void validGlob(ConfigNode node, Node at, String where, String glob) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw node.error(at, where + ": \"" + glob + "\" is not a valid glob ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static void insideRoot(ConfigNode node, String key, String where) {
        node.string(key).ifPresent(path -> RootRelative.problem(path).ifPresent(problem -> {
            throw node.error(node.valueNode(key), where + ": \"" + path + "\" " + problem);
        }));
    }
}

package io.contentlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contentlint.core.config.ConfigException;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.config.Limits;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.source.FieldPath;
import io.contentlint.core.source.FrontMatter;
import io.contentlint.core.source.FrontMatterReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Arbitrary text as YAML everywhere YAML is read: as front matter (composed within the limits,
 * then walked by every field path the built-in layout uses) and as a {@code contentlint.yml},
 * which may only be accepted or refused with a {@link ConfigException}. The JSON Schema rule
 * gets the same front matter through {@link DocumentPipelineFuzzTest} once it is registered.
 */
class YamlFuzzTest {
    private static final List<FieldPath> PATHS = List.of("title", "api[]", "related_guides[]", "partners[]",
            "access_page[].description", "access_page[].who[]", "content_intro").stream().map(FieldPath::parse).toList();

    private final FrontMatterReader frontMatter = new FrontMatterReader(Limits.DEFAULT);
    private final ConfigLoader configLoader = new ConfigLoader(RuleRegistry.standard().ids());
    private final OneDocument pipeline = new OneDocument();

    @FuzzTest(maxDuration = "10m")
    void anyYaml(byte[] bytes) {
        String yaml = new String(bytes, StandardCharsets.UTF_8);
        FrontMatter read = frontMatter.read("---\n" + yaml + "\n---\nbody\n");
        read.mapping().ifPresent(root -> PATHS.forEach(path -> path.select(root)));
        pipeline.check("_data/api/fuzz.md", "api", ("---\n" + yaml + "\n---\n").getBytes(StandardCharsets.UTF_8));
        try {
            configLoader.parse("contentlint.yml", yaml);
        } catch (ConfigException refused) {
            // the expected way to turn a configuration down
        }
    }
}

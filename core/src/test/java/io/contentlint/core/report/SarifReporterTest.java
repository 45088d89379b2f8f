package io.contentlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.history.Fingerprint;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReporterTest {
    private static final Finding WITH_FIX = new Finding("yaml-syntax", Severity.ERROR, "_data/guides/a guide.md", 3, 7,
            "a message with \"quotes\"\nand a line break", "did you mean \"x\"?", new Fix(10, 14, "é"));
    private static final Finding WARNING = new Finding("unreadable-file", Severity.WARNING, "_data/api/x.md", 1, 1,
            "warned", null, null);
    private static final Finding INTERNAL = new Finding(Linter.INTERNAL_ERROR, Severity.ERROR, "_data/api/y.md", 1, 1,
            "boom", null, null);

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), 3, List.of(), List.of(), Duration.ZERO);
    }

    private static String sarif(LintResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        new SarifReporter(Messages.english(), RuleRegistry.standard()).write(result, out);
        return out.toString();
    }

    private static JsonNode run(String sarif) {
        return JsonMapper.builder().build().readTree(sarif).get("runs").get(0);
    }

    @Test
    void outputIsValidAgainstTheOfficialSarif210Schema() throws IOException, URISyntaxException {
        Path schemaFile = null;
        for (Path candidate : new Path[] {Path.of("../../shared/schemas-external/sarif-schema-2.1.0.json"),
                Path.of("../shared/schemas-external/sarif-schema-2.1.0.json")}) {
            if (Files.isRegularFile(candidate)) {
                schemaFile = candidate;
            }
        }
        assumeTrue(schemaFile != null, "skipped: ../shared/schemas-external/sarif-schema-2.1.0.json (the official SARIF schema) is absent");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(schemaFile), InputFormat.JSON);
        LintResult real = Lint.folder(Path.of(SarifReporterTest.class.getResource("/fixtures/yaml-syntax").toURI()));
        assertThat(real.findings()).isNotEmpty();
        List<Finding> all = new ArrayList<>(real.findings());
        all.addAll(List.of(WITH_FIX, WARNING, INTERNAL));

        for (Messages messages : List.of(Messages.english(), new Messages(Locale.FRENCH))) {
            StringBuilder out = new StringBuilder();
            new SarifReporter(messages, RuleRegistry.standard()).write(result(all.toArray(Finding[]::new)), out);
            List<Error> errors = schema.validate(out.toString(), InputFormat.JSON);
            assertThat(errors).as("schema errors").isEmpty();
        }
        // the validator does reject a broken log, so the check above can fail
        assertThat(schema.validate("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}", InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void driverRulesComeFromTheRegistryWithTheirTexts() throws IOException {
        JsonNode rules = run(sarif(result())).get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").stringValue()));

        List<String> expected = new ArrayList<>(RuleRegistry.standard().rules().stream().map(Rule::id).toList());
        expected.add(Linter.INTERNAL_ERROR);
        assertThat(ids).isEqualTo(expected);
        Rule first = RuleRegistry.standard().rules().get(0);
        assertThat(rules.get(0).get("shortDescription").get("text").stringValue())
                .isEqualTo(Messages.english().template(first.messageBundle(), "summary"));
        assertThat(rules.get(0).get("fullDescription").get("text").stringValue())
                .isEqualTo(Messages.english().template(first.messageBundle(), "description"));
        assertThat(rules.get(0).get("defaultConfiguration").get("level").stringValue()).isEqualTo(first.defaultSeverity().id());
        assertThat(rules.get(0).get("help").get("text").stringValue()).contains(first.id());
    }

    @Test
    void aResultIsLocatedFromTheSourceRootWithARegionAndAFix() throws IOException {
        JsonNode run = run(sarif(result(WITH_FIX, WARNING)));
        JsonNode result = run.get("results").get(0);

        assertThat(run.get("columnKind").stringValue()).isEqualTo("unicodeCodePoints");
        assertThat(result.get("ruleId").stringValue()).isEqualTo("yaml-syntax");
        assertThat(result.get("ruleIndex").intValue()).isZero();
        assertThat(result.get("level").stringValue()).isEqualTo("error");
        assertThat(result.get("message").get("text").stringValue()).isEqualTo(WITH_FIX.message());
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").stringValue()).isEqualTo("_data/guides/a%20guide.md");
        assertThat(location.get("artifactLocation").get("uriBaseId").stringValue()).isEqualTo("%SRCROOT%");
        JsonNode region = location.get("region");
        assertThat(List.of(region.get("startLine").intValue(), region.get("startColumn").intValue(),
                region.get("endLine").intValue(), region.get("endColumn").intValue())).containsExactly(3, 7, 3, 8);
        JsonNode replacement = result.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
        assertThat(replacement.get("deletedRegion").get("charOffset").intValue()).isEqualTo(10);
        assertThat(replacement.get("deletedRegion").get("charLength").intValue()).isEqualTo(4);
        assertThat(replacement.get("insertedContent").get("text").stringValue()).isEqualTo("é");
        assertThat(result.get("properties").get("suggestion").stringValue()).isEqualTo("did you mean \"x\"?");
        assertThat(run.get("results").get(1).get("level").stringValue()).isEqualTo("warning");
        assertThat(run.get("results").get(1).has("fixes")).isFalse();
    }

    @Test
    void fingerprintsIgnoreTheLineAndKeepIdenticalFindingsApart() throws IOException {
        Finding here = new Finding("yaml-syntax", Severity.ERROR, "g.md", 2, 1, "the key \"a\" appears twice (first on line 1)", null, null);
        Finding moved = new Finding("yaml-syntax", Severity.ERROR, "g.md", 9, 1, "the key \"a\" appears twice (first on line 8)", null, null);

        JsonNode before = run(sarif(result(here))).get("results");
        JsonNode after = run(sarif(result(moved, moved))).get("results");

        String key = SarifReporter.FINGERPRINT_KEY;
        assertThat(before.get(0).get("partialFingerprints").get(key).stringValue()).isEqualTo(Fingerprint.of(here) + ":1")
                .isEqualTo(after.get(0).get("partialFingerprints").get(key).stringValue());
        assertThat(after.get(1).get("partialFingerprints").get(key).stringValue()).isEqualTo(Fingerprint.of(here) + ":2");
    }
}

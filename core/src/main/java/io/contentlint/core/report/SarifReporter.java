package io.contentlint.core.report;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.history.Fingerprint;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.rules.RuleRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, {@code tool.driver.rules} generated from
 * the rule registry (so the rule list, {@code contentlint rules} and the README never disagree),
 * one result per finding located relative to {@code %SRCROOT%} (the docs root), columns counted in
 * code points like every contentlint report, exact repairs as {@code fixes}, and a
 * {@code partialFingerprints} entry that does not move with the line, so code scanning keeps
 * tracking an alert when lines are added above it.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/contentlint/contentlint";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "contentlint/v1";
    private static final String BUNDLE = SarifReporter.class.getName();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;
    private final RuleRegistry registry;

    public SarifReporter(Messages messages, RuleRegistry registry) {
        this.messages = messages;
        this.registry = registry;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "contentlint");
        driver.put("version", version());
        driver.put("informationUri", INFORMATION_URI);
        Map<String, Integer> ruleIndex = rules(driver.putArray("rules"));
        run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
                .put("text", messages.template(BUNDLE, "srcroot"));
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding finding : result.findings()) {
            results.add(result(finding, ruleIndex, occurrences));
        }
        out.append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(log)).append('\n');
    }

    private Map<String, Integer> rules(ArrayNode rules) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule rule : registry.rules()) {
            addRule(rules, rule.id(), rule.defaultSeverity(), messages.template(rule.messageBundle(), "summary"),
                    messages.template(rule.messageBundle(), "description"));
            index.put(rule.id(), index.size());
        }
        // not a rule but it can appear as a result; code scanning wants every ruleId described
        addRule(rules, Linter.INTERNAL_ERROR, Severity.ERROR, messages.template(BUNDLE, "internalError.summary"),
                messages.template(BUNDLE, "internalError.description"));
        index.put(Linter.INTERNAL_ERROR, index.size());
        return index;
    }

    private void addRule(ArrayNode rules, String id, Severity severity, String summary, String description) {
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        rule.putObject("shortDescription").put("text", summary);
        rule.putObject("fullDescription").put("text", description);
        rule.putObject("defaultConfiguration").put("level", level(severity));
        String help = messages.format(BUNDLE, "help", description, id);
        rule.putObject("help").put("text", help);
        rule.put("helpUri", INFORMATION_URI + "#what-it-checks");
    }

    private ObjectNode result(Finding finding, Map<String, Integer> ruleIndex, Map<String, Integer> occurrences) {
        ObjectNode result = JSON.createObjectNode();
        result.put("ruleId", finding.rule());
        Integer index = ruleIndex.get(finding.rule());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        artifact(physical.putObject("artifactLocation"), finding.path());
        // a finding marks a point; the region is the character there, which is what code scanning underlines
        physical.putObject("region")
                .put("startLine", finding.line())
                .put("startColumn", finding.column())
                .put("endLine", finding.line())
                .put("endColumn", finding.column() + 1);
        // two identical findings in one file stay distinct: the n-th occurrence carries ":n"
        String fingerprint = Fingerprint.of(finding);
        int occurrence = occurrences.merge(fingerprint, 1, Integer::sum);
        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint + ":" + occurrence);
        finding.suggestionIfAny().ifPresent(s -> result.putObject("properties").put("suggestion", s));
        finding.fixIfAny().ifPresent(fix -> fix(result.putArray("fixes").addObject(), finding, fix));
        return result;
    }

    /** Offsets are characters of the decoded text, as {@link Fix} counts them. */
    private void fix(ObjectNode sarifFix, Finding finding, Fix fix) {
        sarifFix.putObject("description").put("text", messages.format(BUNDLE, "fix", fix.replacement()));
        ObjectNode change = sarifFix.putArray("artifactChanges").addObject();
        artifact(change.putObject("artifactLocation"), finding.path());
        ObjectNode replacement = change.putArray("replacements").addObject();
        replacement.putObject("deletedRegion").put("charOffset", fix.start()).put("charLength", fix.end() - fix.start());
        replacement.putObject("insertedContent").put("text", fix.replacement());
    }

    private static void artifact(ObjectNode location, String path) {
        location.put("uri", uri(path));
        location.put("uriBaseId", SRCROOT);
    }

    /** A relative URI reference: {@code public/resources/guide adresse.pdf} -> {@code public/resources/guide%20adresse.pdf}. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path cannot be a URI: " + path, e);
        }
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    private static String version() {
        String version = SarifReporter.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}

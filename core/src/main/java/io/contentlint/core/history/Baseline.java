package io.contentlint.core.history;

import io.contentlint.core.LintResult;
import io.contentlint.core.report.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Accepted findings, committed to the repository so that a repo with old defects can adopt the
 * tool and fail only on new ones ({@code --baseline FILE}, written by {@code --write-baseline FILE}).
 * Each entry keeps the rule, path and message beside the fingerprint so a reviewer can read the
 * file; only the fingerprint is matched. Version 1:
 * {@code {"version":1,"findings":[{"fingerprint","rule","path","message"}]}}.
 */
public record Baseline(List<Entry> entries) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Entry(String fingerprint, String rule, String path, String message) {
    }

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** Every finding of a run, accepted. */
    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream()
                .map(f -> new Entry(Fingerprint.of(f), f.rule(), f.path(), f.message()))
                .toList());
    }

    public static Baseline read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaselineException("cannot read the baseline " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        return parse(text, file.toString());
    }

    /** @param origin the file name, for messages */
    public static Baseline parse(String text, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BaselineException(origin + " is not JSON (" + e.getOriginalMessage() + "); write it again with --write-baseline");
        }
        if (root == null || !root.isObject() || !root.path("version").isInt() || root.get("version").intValue() != 1
                || !root.path("findings").isArray()) {
            throw new BaselineException(origin + " is not a contentlint baseline (version 1 with a \"findings\" list); write it again with --write-baseline");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode item : root.get("findings")) {
            JsonNode fingerprint = item.path("fingerprint");
            if (!fingerprint.isString() || fingerprint.stringValue().isBlank()) {
                throw new BaselineException(origin + ": finding " + (entries.size() + 1) + " has no \"fingerprint\"; write the baseline again with --write-baseline");
            }
            entries.add(new Entry(fingerprint.stringValue(), item.path("rule").asString(""),
                    item.path("path").asString(""), item.path("message").asString("")));
        }
        return new Baseline(entries);
    }

    /** The findings of {@code result} that this baseline does not accept. */
    public LintResult filter(LintResult result) {
        List<Finding> fresh = Fingerprint.unmatched(result.findings(), entries.stream().map(Entry::fingerprint).toList());
        return new LintResult(fresh, result.filesChecked(), result.warnings(), result.failures(), result.elapsed());
    }

    /** The file's text: sorted by path, rule and fingerprint, so that a re-written baseline diffs cleanly. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode findings = root.putArray("findings");
        entries.stream()
                .sorted((a, b) -> {
                    int c = a.path().compareTo(b.path());
                    c = c != 0 ? c : a.rule().compareTo(b.rule());
                    c = c != 0 ? c : a.fingerprint().compareTo(b.fingerprint());
                    return c != 0 ? c : a.message().compareTo(b.message());
                })
                .forEach(e -> findings.addObject()
                        .put("fingerprint", e.fingerprint())
                        .put("rule", e.rule())
                        .put("path", e.path())
                        .put("message", e.message()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}

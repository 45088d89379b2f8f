package io.contentlint.core.report;

import io.contentlint.core.rules.RuleRegistry;
import java.util.List;
import java.util.Optional;

/** The report formats, by the name the CLI and the Maven plugin take. Adding one is adding a line. */
public final class Reporters {
    private final Messages messages;

    public Reporters(Messages messages) {
        this.messages = messages;
    }

    /** Formats that can be written to a file (the plugin's {@code formats}). */
    public List<String> names() {
        return List.of("text", "json", "sarif", "github", "checkstyle");
    }

    /** @param colour whether the text format may use terminal colours */
    public Optional<Reporter> forFormat(String name, boolean colour) {
        return Optional.ofNullable(switch (name) {
            case "text" -> new TextReporter(messages, colour);
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter(messages, RuleRegistry.standard());
            case "github" -> new GithubReporter(messages);
            case "checkstyle" -> new CheckstyleReporter();
            default -> null;
        });
    }
}

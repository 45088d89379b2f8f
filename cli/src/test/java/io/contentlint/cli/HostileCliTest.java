package io.contentlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.report.Severity;
import io.contentlint.core.rules.FindingSink;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import io.contentlint.core.testing.HostileSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.contentlint.core.testing.ExplodingRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Hostile input as a CI job sees it: through the command, its exit code and its output. */
class HostileCliTest {
    @TempDir
    Path root;

    private static Cli run(CheckCommand command, String... args) {
        return Cli.capture(() -> CheckCommand.commandLine(command).execute(args));
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private CheckCommand withExplodingRule() {
        List<Rule> rules = new ArrayList<>(RuleRegistry.standard().rules());
        rules.add(new ExplodingRule("boom.md"));
        return new CheckCommand(RuleRegistry.of(rules));
    }

    @Test
    void anExceptionInOneFileIsAFindingTheOtherFilesAreCheckedAndTheExitCodeIsOne() throws IOException {
        write("_data/guides/boom.md", "---\ntitle: Boum\n---\n");
        write("_data/guides/other.md", "---\ntitle: a\ntitle: b\n---\n");

        Cli run = run(withExplodingRule(), root.toString(), "--no-color");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("_data/guides/boom.md:1:1: error: contentlint failed while checking this file "
                + "(rule exploding: java.lang.IllegalStateException)");
        assertThat(run.out()).contains("_data/guides/other.md:3:1: error: the key \"title\" appears twice");
        assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("a defect of ours");
    }

    @Test
    void debugPrintsTheStackOfAnInternalError() throws IOException {
        write("_data/guides/boom.md", "---\ntitle: Boum\n---\n");

        Cli run = run(withExplodingRule(), root.toString(), "--no-color", "--debug");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("_data/guides/boom.md [exploding]", "java.lang.IllegalStateException: a defect of ours",
                "\tat io.contentlint.core.testing.ExplodingRule.check");
    }

    /**
     * The whole set in a separate JVM capped at 1 GB of heap, as {@code ./contentlint DIR --format json}:
     * it must end within a generous two minutes with exit 0 or 1, no stack trace, valid JSON.
     */
    @Test
    void theHostileSetInOneRunEndsWithValidJsonAndNoStackTrace() throws IOException, InterruptedException {
        List<HostileSet.Entry> entries = HostileSet.write(root);
        Path out = root.resolveSibling(root.getFileName() + "-out.json");
        Path err = root.resolveSibling(root.getFileName() + "-err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), root.toString(), "--format", "json")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            assertThat(ended).as("the run ended within two minutes").isTrue();
            String stderr = Files.readString(err);

            assertThat(process.exitValue()).as(stderr).isIn(0, 1);
            assertThat(stderr).doesNotContain("\tat ").doesNotContain("Exception");
            JsonNode report = new ObjectMapper().readTree(Files.readString(out));
            Set<String> named = new HashSet<>();
            report.get("findings").forEach(f -> named.add(f.get("path").asString()));
            assertThat(report.get("summary").get("files").asInt()).isEqualTo(entries.size());
            assertThat(named).contains("_data/guides/billion-laughs.md", "_data/guides/huge-single-line.md",
                    "_data/guides/random-binary.md", "_data/guides/été à la plage.md");
            report.get("findings").forEach(f -> assertThat(f.get("rule").asString()).isNotEqualTo("internal-error"));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

}

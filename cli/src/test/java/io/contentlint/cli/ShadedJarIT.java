package io.contentlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shipped jar, run as users run it ({@code java -jar contentlint.jar}), on the demo docs: every
 * rule family must load and report. Unit tests cannot see a dependency the shade plugin left out
 * (a test-scoped Jackson once did exactly that: every unit test green, the CLI dead on start).
 */
class ShadedJarIT {
    private static final Path JAR = Path.of(System.getProperty("contentlint.jar", "target/contentlint.jar"));
    private static final Path DEMO = Path.of("../examples/demo-docs");

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("contentlint-out", ".txt");
        Path err = Files.createTempFile("contentlint-err", ".txt");
        try {
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the jar finishes").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theJarLintsTheDemoDocsWithEveryRuleFamily() throws IOException, InterruptedException {
        Run run = run(DEMO.toString(), "--format", "json");

        assertThat(run.err()).doesNotContain("Exception").doesNotContain("Error:");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("{\"version\":1,\"findings\":[")
                .contains("\"rule\":\"yaml-syntax\"", "\"rule\":\"frontmatter-schema\"", "\"rule\":\"reference\"",
                        "\"rule\":\"internal-link\"", "\"rule\":\"anchor\"", "\"rule\":\"mojibake\"");
    }

    @Test
    void theJarWritesSarifAndListsItsRules() throws IOException, InterruptedException {
        Run sarif = run(DEMO.toString(), "--format", "sarif", "--fail-on", "never");
        Run rules = run("rules");

        assertThat(sarif.exit()).isZero();
        assertThat(sarif.out()).contains("\"version\" : \"2.1.0\"");
        assertThat(rules.out()).contains("frontmatter-schema", "internal-link", "mojibake");
    }
}

package io.contentlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as users and scripts see it: output, exit codes, errors in one line. */
class CliTest {
    @TempDir
    Path root;

    private static Cli run(String... args) {
        return Cli.run(args);
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void cleanTree() throws IOException {
        write("contentlint.yml", "collections:\n  guides:\n    glob: \"_data/guides/*.md\"\n    front-matter: required\n");
        write("_data/guides/ok.md", "---\ntitle: Bon\n---\nCorps\n");
    }

    @Test
    void aCleanTreeExitsZeroWithASummary() throws IOException {
        cleanTree();

        Cli run = run(root.toString(), "--no-color");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("no problems in 1 file (");
    }

    @Test
    void findingsExitOneInTheTextFormat() throws IOException {
        cleanTree();
        write("_data/guides/bad.md", "---\ntitle: x\ntitle: y\n---\n");

        Cli run = run(root.toString(), "--no-color");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("_data/guides/bad.md:3:1: error: the key \"title\" appears twice (first on line 2); "
                + "the site rejects the page, keep only one [yaml-syntax]\n1 error, 0 warnings in 1 of 2 files (");
    }

    @Test
    void failOnNeverExitsZeroDespiteFindings() throws IOException {
        cleanTree();
        write("_data/guides/bad.md", "---\ntitle: x\ntitle: y\n---\n");

        assertThat(run(root.toString(), "--fail-on", "never").exit()).isZero();
    }

    @Test
    void frenchMessagesWithLangFr() throws IOException {
        cleanTree();
        write("_data/guides/bad.md", "---\ntitle: x\ntitle: y\n---\n");

        Cli run = run(root.toString(), "--lang", "fr", "--no-color");

        assertThat(run.out()).startsWith("_data/guides/bad.md:3:1: erreur: la clé \"title\" apparaît deux fois");
    }

    @Test
    void jsonFormatIsStable() throws IOException {
        cleanTree();
        write("_data/guides/bad.md", "---\ntitle: x\ntitle: \"y\\\"\"\n---\n");

        Cli run = run(root.toString(), "--format", "json");

        assertThat(run.out()).isEqualTo("{\"version\":1,\"findings\":[\n"
                + "{\"path\":\"_data/guides/bad.md\",\"line\":3,\"column\":1,\"severity\":\"error\",\"rule\":\"yaml-syntax\","
                + "\"message\":\"the key \\\"title\\\" appears twice (first on line 2); the site rejects the page, keep only one\"}\n"
                + "],\"summary\":{\"files\":2,\"errors\":1,\"warnings\":0}}\n");
    }

    @Test
    void outputWritesTheReportToAFile() throws IOException {
        cleanTree();
        Path report = root.resolve("out/report.json");

        Cli run = run(root.toString(), "--format", "json", "--output", report.toString());

        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{\"version\":1,\"findings\":[],");
    }

    @Test
    void fileArgumentsReportOnThoseFilesOnly() throws IOException {
        cleanTree();
        write("_data/guides/bad.md", "---\ntitle: x\ntitle: y\n---\n");
        write("_data/guides/bad2.md", "---\ntitle: x\ntitle: y\n---\n");

        Cli run = run("--root", root.toString(), root.resolve("_data/guides/bad2.md").toString(), "--no-color");

        assertThat(run.out()).startsWith("_data/guides/bad2.md:3:1:").doesNotContain("bad.md:");
    }

    @Test
    void anUnknownConfigKeyExitsTwoNamingTheKey() throws IOException {
        write("contentlint.yml", "collections:\n  guides:\n    glob: \"*.md\"\nrulez: {}\n");

        Cli run = run(root.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("contentlint: " + root.resolve("contentlint.yml") + ":4: unknown key \"rulez\"; "
                + "did you mean \"rules\"?" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileOutsideTheRootExitsTwo() throws IOException {
        cleanTree();
        Path outside = Files.createTempFile("outside", ".md");

        Cli run = run("--root", root.toString(), outside.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is outside the docs root");
        Files.delete(outside);
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Cli run = run("--frobnicate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void aBadFailOnValueExitsTwo() throws IOException {
        cleanTree();

        Cli run = run(root.toString(), "--fail-on", "sometimes");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("contentlint: unknown --fail-on \"sometimes\"");
    }

    @Test
    void rulesListsEveryRuleWithItsSeverity() {
        Cli run = run("rules");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("yaml-syntax        error    Front matter must be readable YAML");
    }

    @Test
    void initWritesTheDefaultConfigurationAndRefusesToOverwrite() throws IOException {
        Cli first = run("init", root.toString());
        Cli second = run("init", root.toString());

        assertThat(first.exit()).isZero();
        assertThat(Files.readString(root.resolve("contentlint.yml"))).contains("collections:", "heading-ids: api-gouv-fr");
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err()).contains("already exists; use --force");
    }

    @Test
    void theWrittenDefaultConfigurationLoadsAndLintsLikeNoConfiguration() throws IOException {
        write("_data/guides/bad.md", "---\ntitle: x\ntitle: y\n---\n");
        String before = run(root.toString(), "--format", "json").out();
        run("init", root.toString());

        String after = run(root.toString(), "--format", "json").out();

        assertThat(after).isEqualTo(before);
    }
}

package io.contentlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.report.Severity;
import io.contentlint.core.rules.FindingSink;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import io.contentlint.core.testing.ExplodingRule;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void findingsAreSortedByPathLineColumnAndRule() throws IOException {
        write("_data/guides/b.md", "no front matter\n");
        write("_data/guides/a.md", "---\ntitle: x\ntitle: y\ntagline: z\ntagline: w\n---\n");

        List<Finding> findings = Lint.folder(root).findings();

        assertThat(findings).extracting(f -> f.path() + ":" + f.line())
                .containsExactly("_data/guides/a.md:3", "_data/guides/a.md:5", "_data/guides/b.md:1");
    }

    @Test
    void fileArgumentsLimitTheReportButNotTheIndex() throws IOException {
        write("_data/guides/a.md", "no front matter\n");
        write("_data/guides/b.md", "no front matter either\n");
        Config config = new ConfigLoader(RuleRegistry.standard().ids()).loadDefault();

        LintResult result = new Linter(config, RuleRegistry.standard(), Messages.english()).run(root, List.of("_data/guides/b.md"));

        assertThat(result.findings()).extracting(Finding::path).containsExactly("_data/guides/b.md");
        assertThat(result.filesChecked()).isEqualTo(1);
    }

    @Test
    void aCollectionMatchingNoFileIsAWarningOfTheRun() throws IOException {
        write("_data/guides/a.md", "---\ntitle: x\n---\n");

        assertThat(Lint.folder(root).warnings()).contains("collection \"api\": the glob \"_data/api/*.md\" matches no file");
    }

    @Test
    void inlineSuppressionsSilenceOnlyTheirLine() throws IOException {
        write("_data/guides/a.md", "---\ntitle: x\ntitle: y # contentlint-disable-line yaml-syntax\ntagline: a\ntagline: b\n---\n");

        assertThat(Lint.folder(root).findings()).extracting(Finding::line).containsExactly(5);
    }

    @Test
    void aRuleThatThrowsBecomesAnInternalErrorForThatFileOnly() throws IOException {
        write("_data/guides/a.md", "---\ntitle: x\n---\n");
        write("_data/guides/b.md", "---\ntitle: y\n---\n");
        Rule exploding = new ExplodingRule("a.md");
        RuleRegistry registry = RuleRegistry.of(List.of(exploding));
        Config config = new ConfigLoader(registry.ids()).loadDefault();

        LintResult result = new Linter(config, registry, Messages.english()).run(root, List.of());

        assertThat(result.findings()).containsExactly(new Finding("internal-error", Severity.ERROR, "_data/guides/a.md", 1, 1,
                "contentlint failed while checking this file (rule exploding: java.lang.IllegalStateException); "
                        + "the other files were checked. Please report this with the file attached; --debug prints the details.",
                null, null));
        assertThat(result.failures()).hasSize(1);
        assertThat(result.filesChecked()).isEqualTo(2);
    }

    @Test
    void aFileOverTheSizeLimitIsReportedAndSkipped() throws IOException {
        write("contentlint.yml", "collections:\n  docs:\n    glob: \"*.md\"\nlimits:\n  max-file-bytes: 10\n");
        write("big.md", "# more than ten bytes\n");

        assertThat(Lint.folder(root).findings()).extracting(Finding::rule, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unreadable-file",
                        "this file is 22 bytes, over the limit of 10 bytes (limits.max-file-bytes); it was not checked"));
    }

    @Test
    void symlinkedFoldersAreNotFollowed() throws IOException {
        write("_data/guides/a.md", "no front matter\n");
        Files.createSymbolicLink(root.resolve("_data/guides/loop"), root.resolve("_data"));

        assertThat(Lint.folder(root).findings()).extracting(Finding::path).containsExactly("_data/guides/a.md");
    }
}

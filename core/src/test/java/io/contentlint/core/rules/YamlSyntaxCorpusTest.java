package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.LintResult;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Severity;
import io.contentlint.core.testing.Corpus;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** yaml-syntax on the real api.gouv.fr snapshot: clean as it is, exact where an error is injected. */
class YamlSyntaxCorpusTest {

    @Test
    void theSnapshotHasNoYamlSyntaxFinding() {
        LintResult result = Lint.folder(Corpus.apiGouvFr());

        assertThat(result.filesChecked()).isEqualTo(278);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("yaml-syntax")).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("unreadable-file")).isEmpty();
    }

    @Test
    void anErrorInjectedIntoACopyIsReportedAtItsLine(@TempDir Path copy) throws IOException {
        Corpus.copyApiGouvFrTo(copy);
        Path guide = copy.resolve("_data/guides/authentification.md");
        List<String> lines = Files.readAllLines(guide, StandardCharsets.UTF_8);
        int titleLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("title:")).findFirst().orElseThrow());
        lines.set(titleLine, "title: \"Authentification sans guillemet fermant");
        Files.write(guide, lines, StandardCharsets.UTF_8);

        List<Finding> findings = Lint.folder(copy).findings().stream().filter(f -> f.rule().equals("yaml-syntax")).toList();

        assertThat(findings).containsExactly(new Finding("yaml-syntax", Severity.ERROR, "_data/guides/authentification.md",
                titleLine + 1, 8, "unclosed quoted value started at line " + (titleLine + 1) + "; add the closing quote",
                null, null));
    }
}

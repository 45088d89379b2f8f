package io.contentlint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.report.Finding;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.testing.HostileSet;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hostile set in one run of the real pipeline: it ends (a generous minute), nothing
 * becomes an internal error, and each file is named by the rule expected for it whenever that
 * rule is registered (links, mojibake: once their branches are merged).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSetTest {
    private List<HostileSet.Entry> entries;
    private LintResult result;

    @BeforeAll
    void lintTheWholeSet(@TempDir Path root) throws IOException {
        entries = HostileSet.write(root);
        result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Lint.folder(root));
    }

    @Test
    void noFileBecomesAnInternalError() {
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(Linter.INTERNAL_ERROR)).isEmpty();
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void everyGeneratedFileIsCheckedAndNoLinkedOneIs() {
        assertThat(result.filesChecked()).isEqualTo(entries.size());
        assertThat(result.findings()).extracting(Finding::path)
                .noneMatch(p -> p.contains("loop") || p.contains("passwd") || p.contains("self-link"));
    }

    @Test
    void eachFileIsNamedByItsRuleWhenThatRuleIsRegistered() {
        Set<String> registered = RuleRegistry.standard().ids();
        List<HostileSet.Entry> checkable = entries.stream()
                .filter(e -> e.expectedRules().stream().anyMatch(registered::contains)).toList();
        // the YAML, size, binary and marker cases at least: the rules of this branch
        assertThat(checkable).hasSizeGreaterThanOrEqualTo(entries.size() - 4);
        for (HostileSet.Entry entry : checkable) {
            Set<String> named = new HashSet<>();
            result.findings().stream().filter(f -> f.path().equals(entry.path())).forEach(f -> named.add(f.rule()));
            assertThat(named).as(entry.path() + ": " + entry.why()).containsAnyElementsOf(entry.expectedRules());
        }
    }

    @Test
    void theYamlBombsAreReportedForWhatTheyAre() {
        assertThat(messageOf("_data/guides/billion-laughs.md")).contains("aliases");
        assertThat(messageOf("_data/guides/alias-cycle.md")).contains("alias");
        assertThat(messageOf("_data/guides/deep-yaml.md")).contains("deeper than allowed");
        assertThat(messageOf("_data/guides/huge-front-matter.md")).contains("larger than allowed");
        assertThat(messageOf("_data/guides/java-tag.md")).contains("javax.script.ScriptEngineManager");
    }

    @Test
    void sizeAndBinaryAreReportedOnce() {
        assertThat(findingsOf("_data/guides/huge-single-line.md")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("20971520 bytes"));
        for (String binary : List.of("random-binary.md", "random-binary-without-nul.md", "nul-bytes.md", "utf-16.md")) {
            assertThat(findingsOf("_data/guides/" + binary)).as(binary).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("binary"));
        }
    }

    @Test
    void linesAreCountedWithCrAloneAndOnAFourMegabyteLine() {
        assertThat(findingsOf("_data/guides/cr-only.md")).extracting(f -> f.line() + ":" + f.rule()).contains("3:yaml-syntax");
        assertThat(findingsOf("_data/guides/long-single-line.md")).extracting(f -> f.line() + ":" + f.rule())
                .containsExactly("3:yaml-syntax");
    }

    @Test
    void aBodyTooComplexForTheMarkdownParserIsSaidSo() {
        assertThat(findingsOf("_data/guides/pathological-unclosed-cdata.md")).extracting(Finding::rule)
                .contains("unreadable-file", "yaml-syntax");
        assertThat(findingsOf("_data/guides/pathological-nested-brackets.md")).extracting(Finding::rule)
                .containsExactly("yaml-syntax");
    }

    private List<Finding> findingsOf(String path) {
        return result.findings().stream().filter(f -> f.path().equals(path)).toList();
    }

    private String messageOf(String path) {
        return findingsOf(path).stream().filter(f -> f.rule().equals("yaml-syntax")).map(Finding::message)
                .findFirst().orElse("(no yaml-syntax finding for " + path + ")");
    }
}

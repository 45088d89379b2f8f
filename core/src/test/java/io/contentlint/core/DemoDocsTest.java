package io.contentlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.report.Finding;
import io.contentlint.core.testing.Lint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/demo-docs} is the README's first command: it must show exactly the defects its own
 * README lists, one per rule family, and nothing else (a new false positive would greet every newcomer).
 */
class DemoDocsTest {

    @Test
    void theDemoShowsExactlyTheDefectsItsReadmeLists() {
        LintResult result = Lint.folder(Path.of("../examples/demo-docs"));

        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.line() + ":" + f.column() + " "
                        + f.severity().id() + " [" + f.rule() + "]")
                .containsExactly(
                        "_data/api/api-demo-horaires.md:5:10 error [frontmatter-schema]",
                        "_data/api/api-demo-horaires.md:8:1 warning [frontmatter-schema]",
                        "_data/guides/export-mal-encode.md:13:1 error [mojibake]",
                        "_data/guides/export-mal-encode.md:13:31 error [mojibake]",
                        "_data/guides/guide-accent.md:8:5 error [reference]",
                        "_data/guides/guide-casse.md:3:10 error [yaml-syntax]",
                        "_data/guides/utiliser-adresse.md:21:46 error [internal-link]",
                        "_data/guides/utiliser-adresse.md:21:94 error [anchor]");
        assertThat(result.findings()).extracting(Finding::message).contains(
                "no API has the title \"API Demo Adresse\"; did you mean \"API Démo Adresse\"?");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.filesChecked()).isEqualTo(8);
    }
}

package io.contentlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.LintResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    private static String github(Messages messages, Finding... findings) throws IOException {
        StringBuilder out = new StringBuilder();
        new GithubReporter(messages).write(new LintResult(List.of(findings), 5, List.of(), List.of(), Duration.ZERO), out);
        return out.toString();
    }

    @Test
    void percentColonCommaAndLineBreaksAreEscapedAsGithubRequires() throws IOException {
        Finding f = new Finding("yaml-syntax", Severity.ERROR, "_data/a,b:c%.md", 4, 2,
                "100% sure: a, b\nsecond line\r\nthird", null, null);

        String out = github(Messages.english(), f);

        assertThat(out.lines().findFirst()).hasValue(
                "::error file=_data/a%2Cb%3Ac%25.md,line=4,col=2,title=contentlint yaml-syntax::100%25 sure: a, b%0Asecond line%0D%0Athird");
    }

    @Test
    void errorsComeFirstBecauseGithubDropsAnnotationsPastTheLimitThenOnePlainSummary() throws IOException {
        Finding warningFirstInFile = new Finding("bom", Severity.WARNING, "a.md", 1, 1, "bom", null, null);
        Finding error = new Finding("yaml-syntax", Severity.ERROR, "z.md", 9, 1, "broken", null, null);
        Finding secondError = new Finding("yaml-syntax", Severity.ERROR, "z.md", 12, 1, "broken again", null, null);

        List<String> lines = github(Messages.english(), warningFirstInFile, error, secondError).lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("::error file=z.md,line=9,");
        assertThat(lines.get(1)).startsWith("::error file=z.md,line=12,");
        assertThat(lines.get(2)).startsWith("::warning file=a.md,line=1,col=1,title=contentlint bom::bom");
        assertThat(lines.get(3)).doesNotStartWith("::")
                .startsWith("contentlint: 2 errors, 1 warning in all, in 2 of 5 files.")
                .contains("10 annotations").contains("full list");
    }

    @Test
    void aCleanRunSaysSoInTheChosenLanguage() throws IOException {
        assertThat(github(Messages.english())).isEqualTo("contentlint: no problems in 5 files.\n");
        assertThat(github(new Messages(Locale.FRENCH))).isEqualTo("contentlint : aucun problème dans 5 fichiers.\n");
    }
}

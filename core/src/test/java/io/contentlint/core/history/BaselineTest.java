package io.contentlint.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contentlint.core.LintResult;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final Finding OLD = new Finding("yaml-syntax", Severity.ERROR, "_data/guides/a.md", 2, 8,
            "unclosed quoted value started at line 2; add the closing quote", null, null);
    private static final Finding OLD_MOVED = new Finding("yaml-syntax", Severity.ERROR, "_data/guides/a.md", 7, 8,
            "unclosed quoted value started at line 7; add the closing quote", null, null);
    private static final Finding NEW = new Finding("yaml-syntax", Severity.ERROR, "_data/guides/b.md", 2, 8,
            "unclosed quoted value started at line 2; add the closing quote", null, null);

    @TempDir
    Path tmp;

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), 2, List.of(), List.of(), Duration.ZERO);
    }

    @Test
    void aWrittenBaselineReadsBackAndAcceptsExactlyItsFindingsWhereverTheyMoved() throws IOException {
        Path file = tmp.resolve("baseline.json");
        Files.writeString(file, Baseline.of(List.of(OLD)).toJson());

        Baseline read = Baseline.read(file);

        assertThat(read.entries()).containsExactly(new Baseline.Entry(Fingerprint.of(OLD), OLD.rule(), OLD.path(), OLD.message()));
        assertThat(read.filter(result(OLD_MOVED, NEW)).findings()).containsExactly(NEW);
        assertThat(read.filter(result(OLD_MOVED, NEW)).filesChecked()).isEqualTo(2);
    }

    @Test
    void theFileIsReadableJsonSortedForCleanDiffs() {
        String json = Baseline.of(List.of(NEW, OLD)).toJson();

        assertThat(json).startsWith("{").contains("\"version\" : 1").endsWith("}\n");
        assertThat(json.indexOf("_data/guides/a.md")).isLessThan(json.indexOf("_data/guides/b.md"));
    }

    @Test
    void aFileThatIsNotABaselineIsAOneLineError() throws IOException {
        assertThatThrownBy(() -> Baseline.parse("not json", "b.json"))
                .isInstanceOf(BaselineException.class).hasMessageStartingWith("b.json is not JSON").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> Baseline.parse("{\"version\":2,\"findings\":[]}", "b.json"))
                .isInstanceOf(BaselineException.class).hasMessageContaining("is not a contentlint baseline");
        assertThatThrownBy(() -> Baseline.parse("[1,2]", "b.json"))
                .isInstanceOf(BaselineException.class).hasMessageContaining("is not a contentlint baseline");
        assertThatThrownBy(() -> Baseline.parse("{\"version\":1,\"findings\":[{\"rule\":\"x\"}]}", "b.json"))
                .isInstanceOf(BaselineException.class).hasMessageContaining("finding 1 has no \"fingerprint\"");
        assertThatThrownBy(() -> Baseline.read(tmp.resolve("missing.json")))
                .isInstanceOf(BaselineException.class).hasMessageContaining("cannot read the baseline");
    }
}

package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static Suppressions scan(String text, int frontMatterEndLine) {
        return Suppressions.scan(text, new LineIndex(text), frontMatterEndLine);
    }

    @Test
    void aCommentSilencesTheNamedRulesOnTheNextLine() {
        Suppressions suppressions = scan("<!-- contentlint-disable-next-line internal-link anchor -->\n[x](/y)\n", 0);

        assertThat(suppressions.isSuppressed("internal-link", 2)).isTrue();
        assertThat(suppressions.isSuppressed("anchor", 2)).isTrue();
        assertThat(suppressions.isSuppressed("mojibake", 2)).isFalse();
        assertThat(suppressions.isSuppressed("internal-link", 1)).isFalse();
    }

    @Test
    void withoutIdsEveryRuleIsSilencedAndTheClosingMayTouchTheLastId() {
        assertThat(scan("<!--contentlint-disable-next-line-->\nx\n", 0).isSuppressed("anything", 2)).isTrue();
        assertThat(scan("<!-- contentlint-disable-next-line anchor-->\nx\n", 0).isSuppressed("anchor", 2)).isTrue();
    }

    @Test
    void malformedDirectivesSilenceNothing() {
        assertThat(scan("<!-- contentlint-disable-next-lineanchor -->\nx\n", 0).isSuppressed("anchor", 2)).isFalse();
        assertThat(scan("<!-- contentlint-disable-next-line Anchor! -->\nx\n", 0).isSuppressed("anchor", 2)).isFalse();
        assertThat(scan("<!-- contentlint-disable-next-line anchor\nx\n", 0).isSuppressed("anchor", 2)).isFalse();
    }

    @Test
    void aFrontMatterCommentSilencesItsOwnLineOnlyInsideTheFrontMatter() {
        String text = "---\ntitle: x # contentlint-disable-line yaml-syntax\n---\n# contentlint-disable-line yaml-syntax\n";

        assertThat(scan(text, 3).isSuppressed("yaml-syntax", 2)).isTrue();
        assertThat(scan(text, 3).isSuppressed("yaml-syntax", 4)).isFalse();
    }

    @Test
    void hostileLinesAreReadInLinearTime() {
        String manyIds = "<!-- contentlint-disable-next-line" + " a".repeat(200_000) + "\n";
        String manyOpeners = "<!-- contentlint-disable-next-line ".repeat(100_000) + "-->\n";
        String manyOpenersNoCloser = "<!-- contentlint-disable-next-line a ".repeat(100_000) + "\n";
        String manyHashes = "#contentlint-disable-line a ".repeat(100_000) + "!\n";

        // generous: each is milliseconds; a quadratic scan takes minutes, the old regex overflowed the stack
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(scan(manyIds, 0).isSuppressed("a", 2)).isFalse();
            // the last opener is a well-formed directive without ids
            assertThat(scan(manyOpeners, 0).isSuppressed("a", 2)).isTrue();
            assertThat(scan(manyOpenersNoCloser, 0).isSuppressed("a", 2)).isFalse();
            assertThat(scan(manyHashes, 1).isSuppressed("a", 1)).isFalse();
        });
    }
}

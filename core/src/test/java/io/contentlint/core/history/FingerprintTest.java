package io.contentlint.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static Finding finding(String path, int line, String message) {
        return new Finding("reference", Severity.ERROR, path, line, 5, message, null, null);
    }

    @Test
    void aFindingThatMovedToAnotherLineKeepsItsFingerprint() {
        Finding before = finding("_data/guides/g.md", 12, "the key \"api\" appears twice (first on line 3); keep only one");
        Finding after = finding("_data/guides/g.md", 40, "the key \"api\" appears twice (first on line 31); keep only one");

        assertThat(Fingerprint.of(after)).isEqualTo(Fingerprint.of(before)).matches("[0-9a-f]{32}");
    }

    @Test
    void theValueAtFaultIsPartOfTheIdentityDigitsIncluded() {
        assertThat(Fingerprint.of(finding("g.md", 1, "no API has the title \"API v2\"; check it")))
                .isNotEqualTo(Fingerprint.of(finding("g.md", 1, "no API has the title \"API v3\"; check it")));
    }

    @Test
    void theAdviceAfterTheSemicolonDoesNotCountBecauseOtherDocumentsChangeIt() {
        assertThat(Fingerprint.of(finding("g.md", 1, "no API has the title \"API X\"; did you mean \"API Y\"?")))
                .isEqualTo(Fingerprint.of(finding("g.md", 1, "no API has the title \"API X\"; did you mean \"API Z\"?")));
        assertThat(Fingerprint.problem("a \"x; y\" b; advice")).isEqualTo("a \"x; y\" b");
    }

    @Test
    void ruleAndPathArePartOfTheIdentity() {
        Finding a = finding("a.md", 1, "same");
        assertThat(Fingerprint.of(a)).isNotEqualTo(Fingerprint.of(finding("b.md", 1, "same")))
                .isNotEqualTo(Fingerprint.of("yaml-syntax", "a.md", "same"));
    }

    @Test
    void fingerprintsAreCountedSoASecondIdenticalFindingIsNew() {
        Finding first = finding("g.md", 3, "the tab \"x\" is wrong");
        Finding second = finding("g.md", 9, "the tab \"x\" is wrong");

        assertThat(Fingerprint.unmatched(List.of(first, second), List.of(Fingerprint.of(first)))).containsExactly(second);
        assertThat(Fingerprint.unmatched(List.of(first, second), List.of(Fingerprint.of(first), Fingerprint.of(first)))).isEmpty();
        assertThat(Fingerprint.unmatched(List.of(first), List.of())).containsExactly(first);
    }
}

package io.contentlint.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MojibakeScannerTest {

    private static MojibakeSpan only(CharSequence text) {
        List<MojibakeSpan> spans = MojibakeScanner.scan(text);
        assertThat(spans).as("spans of %s", text).hasSize(1);
        return spans.get(0);
    }

    @Test
    void windows1252IsRepairedToTheWholeWord() {
        MojibakeSpan span = only("Vous DÃ©couvrez les API.");
        assertThat(span.start()).isEqualTo(5);
        assertThat(span.original()).isEqualTo("DÃ©couvrez");
        assertThat(span.repaired()).isEqualTo("Découvrez");
        assertThat(span.page()).isEqualTo(CodePage.WINDOWS_1252);
        assertThat(span.damage()).isEqualTo(MojibakeSpan.Damage.NONE);
        assertThat(span.rounds()).isEqualTo(1);
    }

    @Test
    void sequencesAtBothEndsOfTheTextAndLeadsBeforePlainLettersOrAtTheEnd() {
        assertThat(only("Ã©").repaired()).isEqualTo("é");
        assertThat(only(new StringBuilder("DÃ©")).repaired()).isEqualTo("Dé");
        assertThat(only("voilÃ ").repaired()).isEqualTo("voilà");
        // "é" is the lead E9 in Windows-1252, but only before a continuation byte
        assertThat(MojibakeScanner.scan("café é, déjà, Ã")).isEmpty();
    }

    @Test
    void typographicPunctuationAndEmojiThroughWindows1252() {
        // ’ is E2 80 99 -> "â€™"; 😀 is F0 9F 98 80 -> "ðŸ˜€"
        assertThat(only("lâ€™API").repaired()).isEqualTo("l’API");
        assertThat(only("ok ðŸ˜€ ok").repaired()).isEqualTo("😀");
    }

    @Test
    void latin1ReadingLeavesC1Controls() {
        // É is C3 89; Latin-1 reads 89 as the control U+0089
        MojibakeSpan span = only("Ã\u0089tat civil");
        assertThat(span.repaired()).isEqualTo("État");
        assertThat(span.page()).isEqualTo(CodePage.LATIN_1);
    }

    @Test
    void windows1254IsNamedWhenOnlyItExplainsTheBytes() {
        // 🙋 is F0 9F 99 8B; only Windows-1254 reads F0 as "ğ"
        MojibakeSpan span = only("ğŸ™‹ salut");
        assertThat(span.repaired()).isEqualTo("🙋");
        assertThat(span.page()).isEqualTo(CodePage.WINDOWS_1254);
    }

    @Test
    void windows1250() {
        // Czech "počet": č is C4 8D; Windows-1250 reads C4 as "Ä" and 8D as "Ť"
        MojibakeSpan span = only("poÄŤet");
        assertThat(span.repaired()).isEqualTo("počet");
        assertThat(span.page()).isEqualTo(CodePage.WINDOWS_1250);
    }

    @Test
    void macRoman() {
        // é is C3 A9; Mac Roman reads C3 as "√" and A9 as "©"
        MojibakeSpan span = only("D√©couvrez");
        assertThat(span.repaired()).isEqualTo("Découvrez");
        assertThat(span.page()).isEqualTo(CodePage.MAC_ROMAN);
    }

    @Test
    void doubleEncodingIsUndoneInTwoRounds() {
        // é -> "Ã©" (C3 A9) -> "ÃƒÂ©" (C3 83 C2 A9)
        MojibakeSpan span = only("DÃƒÂ©couvrez");
        assertThat(span.repaired()).isEqualTo("Découvrez");
        assertThat(span.rounds()).isEqualTo(2);
    }

    @Test
    void frenchAWithItsNoBreakSpaceIsExact() {
        MojibakeSpan span = only("accès Ã\u00A0un service");
        assertThat(span.original()).isEqualTo("Ã\u00A0");
        assertThat(span.repaired()).isEqualTo("à");
        assertThat(span.repairable()).isTrue();
    }

    @Test
    void frenchAWhoseNoBreakSpaceBecameASpaceIsFoundButNotRepaired() {
        MojibakeSpan voila = only("et voilÃ  !");
        assertThat(voila.original()).isEqualTo("voilÃ ");
        assertThat(voila.repaired()).isEqualTo("voilà");
        assertThat(voila.damage()).isEqualTo(MojibakeSpan.Damage.LOST_NO_BREAK_SPACE);
        MojibakeSpan partir = only("Ã  partir de 2024");
        assertThat(partir.start()).isZero();
        assertThat(partir.repaired()).isEqualTo("à");
    }

    @Test
    void truncatedSequencesAreLossy() {
        // 🏥 is F0 9F 8F A5; Windows-1254 has no 8F, so it was dropped: "ğŸ¥"
        MojibakeSpan span = only("#### ğŸ¥ API");
        assertThat(span.damage()).isEqualTo(MojibakeSpan.Damage.LOST_BYTES);
        assertThat(span.repaired()).isEqualTo("\uFFFD");
    }

    @Test
    void legitimateTextIsNotMojibake() {
        assertThat(MojibakeScanner.scan("SÃO PAULO, IRMÃ DE, AMANHÃ É, São Paulo")).isEmpty();
        assertThat(MojibakeScanner.scan("„Straße“ und „Ärger“, Ölçü, ığüşöç İŞĞ, Việt Nam, tiếng Việt")).isEmpty();
        assertThat(MojibakeScanner.scan("© ® ° ± × ÷ … – — ™ € « » ‰ • ¿ ¡ ½ µ §")).isEmpty();
        assertThat(MojibakeScanner.scan("l’été « déjà » : 3 °C ; prix : 5 € ! été»")).isEmpty();
        assertThat(MojibakeScanner.scan("LEÓN» cœur Œuvre")).isEmpty();
        assertThat(MojibakeScanner.scan("👩🏽‍💻 👨‍👩‍👧 🇫🇷 🏴‍☠️ ❤️ 1️⃣")).isEmpty();
    }

    @Test
    void ignoredOffsetsAreSkipped() {
        String text = "`DÃ©couvrez` et DÃ©couvrez";
        List<MojibakeSpan> spans = MojibakeScanner.scan(text, offset -> offset < 12);
        assertThat(spans).extracting(MojibakeSpan::start).containsExactly(16);
    }

    @Test
    void aMegabyteLineOfMojibakeAndTwentyMegabytesOfTextScanInLinearTime() {
        // generous bound: the point is linear time (measured well under a second), not a tight timing
        String line = "Ã©".repeat(512 * 1024);
        List<MojibakeSpan> spans = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MojibakeScanner.scan(line));
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).repaired()).isEqualTo("é".repeat(512 * 1024));

        String paragraph = "Les API dédiées à l’authentification, « FranceConnect » : 5 € — DÃ©couvrez 🙂\n";
        String big = paragraph.repeat(20 * 1024 * 1024 / paragraph.length());
        List<MojibakeSpan> many = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MojibakeScanner.scan(big));
        assertThat(many).hasSize(20 * 1024 * 1024 / paragraph.length());
    }
}

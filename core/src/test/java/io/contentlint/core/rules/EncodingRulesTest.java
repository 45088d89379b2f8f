package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Severity;
import io.contentlint.core.testing.DocsTree;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoding rules on files written byte for byte (legacy code pages, stray bytes, BOMs). */
class EncodingRulesTest {
    private static final String GUIDE = "_data/guides/g.md";

    @TempDir
    Path folder;

    private List<Finding> findings(byte[] bytes) {
        DocsTree tree = new DocsTree(folder);
        tree.write(GUIDE, bytes);
        return tree.encodingFindings();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mojibakeIsReportedAtTheWordWithTheRepair() {
        List<Finding> found = findings(utf8("---\ntitle: Guide\n---\n\nAlors, DÃ©couvrez les API.\n"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("mojibake");
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.column()).isEqualTo(8);
            assertThat(f.message()).isEqualTo("\"DÃ©couvrez\" is UTF-8 read as Windows-1252; it should read \"Découvrez\"");
            assertThat(f.fix()).isNotNull();
            assertThat(f.fix().replacement()).isEqualTo("Découvrez");
        });
    }

    @Test
    void mojibakeInCodeIsLeftAlone() {
        String text = "---\ntitle: Guide\n---\n\nUn export donne `DÃ©couvrez`.\n\n```\nDÃ©couvrez\n```\n\n    DÃ©couvrez\n";
        assertThat(findings(utf8(text))).isEmpty();
    }

    @Test
    void lossySpansHaveNoFix() {
        List<Finding> found = findings(utf8("---\ntitle: Guide\n---\n\n#### ğŸ¥ API Pro SantÃ© Connect\n"));
        assertThat(found).extracting(Finding::column).containsExactly(6, 18);
        assertThat(found.get(0).fix()).isNull();
        assertThat(found.get(0).message()).startsWith("\"ğŸ¥\" is UTF-8 read as Windows-1254, and some of its bytes were lost");
        assertThat(found.get(1).fix()).isNotNull();
    }

    @Test
    void aFileInWindows1252IsOneFindingNamingThePage() {
        String text = "---\ntitle: Accès à l’API\n---\n\nDécouvrez « l’API » déjà : 5 €.\n";
        List<Finding> found = findings(text.getBytes(Charset.forName("windows-1252")));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("invalid-utf8");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(11);
            assertThat(f.message()).isEqualTo("this file is not UTF-8 but Windows-1252 (10 bytes are not UTF-8; the first, E8, is \"è\" in"
                    + " Windows-1252); convert it to UTF-8 (contentlint --fix does it exactly)");
            assertThat(f.fix().replacement()).isEqualTo(text);
        });
    }

    @Test
    void aFileInWindows1250IsNamedSo() {
        String text = "---\ntitle: Příliš žluťoučký kůň\n---\n\nÚpěl ďábelské ódy, řekl Čech.\n";
        assertThat(findings(text.getBytes(Charset.forName("windows-1250"))))
                .singleElement().extracting(Finding::message).asString().contains("not UTF-8 but Windows-1250");
    }

    @Test
    void strayBytesInAUtf8FileAreReportedWhereTheEditorShowsThem() {
        byte[] bytes = new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, (byte) 0xA9, '\n', '-', '-', '-', '\n',
            'a', 'b', (byte) 0xE9, 'c', '\r', '\n', 'x', (byte) 0x92, (byte) 0x93, '\n'};
        List<Finding> found = findings(bytes);
        assertThat(found).extracting(f -> f.line() + ":" + f.column()).containsExactly("4:3", "5:2");
        assertThat(found.get(0).message()).isEqualTo("the bytes E9 (1 in all) are not UTF-8; the rest of the file is, so they"
                + " were probably pasted from another encoding (in Windows-1252 they read \"é\"); retype the characters meant here");
        assertThat(found.get(1).message()).contains("the bytes 92 93 (2 in all)").contains("read \"’“\"");
        assertThat(found).allSatisfy(f -> assertThat(f.fix()).isNull());
    }

    @Test
    void realReplacementCharactersAreReportedOncePerRun() {
        List<Finding> found = findings(utf8("---\ntitle: Guide\n---\n\nNum\uFFFD\uFFFDro SIRET, `\uFFFD` en code.\n"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("replacement-char");
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.column()).isEqualTo(4);
            assertThat(f.message()).startsWith("\"Num\uFFFD\uFFFDro\" holds 2 U+FFFD");
        });
    }

    @Test
    void theDecodersOwnReplacementIsNotAReplacementCharFinding() {
        byte[] bytes = new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, (byte) 0xA9, '\n', '-', '-', '-', '\n', (byte) 0xFF, '\n'};
        assertThat(findings(bytes)).extracting(Finding::rule).containsExactly("invalid-utf8");
    }

    @Test
    void invisibleCharacters() {
        String text = "---\ntitle: Guide\n---\n\n"
                + "a\u202Eb\n"             // 5: bidi override, error
                + "mot\u200B\u200B suivant\n" // 6: zero-width spaces, one finding
                + "échan\u00ADtillons\n"   // 7: soft hyphen
                + "bip\u0007\n"            // 8: C0 control
                + "fin\uFEFF\n"            // 9: BOM inside
                + "x\u2066y\u2069\n";      // 10: isolates, errors
        List<Finding> found = findings(utf8(text));
        assertThat(found).extracting(f -> f.line() + ":" + f.column() + " " + f.severity())
                .containsExactly("5:2 ERROR", "6:4 WARNING", "7:6 WARNING", "8:4 WARNING", "9:4 WARNING", "10:2 ERROR", "10:4 ERROR");
        assertThat(found.get(0).message()).isEqualTo("invisible bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE): it makes the"
                + " text display in another order than it is stored; remove it");
        assertThat(found.get(1).message()).isEqualTo("invisible character U+200B (ZERO WIDTH SPACE), 2 in a row: it breaks search,"
                + " links and slugs without showing; remove it");
        assertThat(found.get(4).message()).startsWith("byte order mark U+FEFF in the middle of the file");
    }

    @Test
    void frenchSpacesAndEmojiSequencesAreNotInvisibleCharacters() {
        String text = "---\ntitle: Guide\n---\n\nPrix\u00A0: 5\u202F€ ; «\u00A0oui\u00A0» !\u202F"
                + " 👩🏽\u200D💻 👨\u200D👩\u200D👧 ❤\uFE0F 1\uFE0F\u20E3 🏳\uFE0F\u200D🌈 می\u200Cخواهم\n";
        assertThat(findings(utf8(text))).isEmpty();
    }

    @Test
    void aLeadingBomIsAWarningThatNamesTheFrontMatterParser() {
        List<Finding> found = findings(utf8("\uFEFF---\ntitle: Guide\n---\n\nTexte.\n"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("bom");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(1);
            assertThat(f.message()).contains("the site's front matter parser does not recognise the front matter after it");
            assertThat(f.fix().start()).isZero();
            assertThat(f.fix().end()).isEqualTo(1);
        });
    }
}

package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.fix.Fixer;
import io.contentlint.core.report.Finding;
import io.contentlint.core.testing.Corpus;
import io.contentlint.core.testing.DocsTree;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoding rules on the real corpus and on the seed. */
class EncodingCorpusTest {
    private static final String GUIDE = "_data/guides/authentification.md";

    @TempDir
    Path folder;

    @Test
    void theCorpusHasNoEncodingDamageButRealInvisibleCharacters() {
        List<String> found = Lint.folder(Corpus.apiGouvFr()).findings().stream()
                .filter(f -> DocsTree.ENCODING_RULES.contains(f.rule()))
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.message().substring(0, f.message().indexOf(':')))
                .toList();
        // Checked by hand: zero-width spaces after sentences and before "|" (pasted from a word
        // processor) and a soft hyphen that splits "échan\u00ADtillons" on the page.
        assertThat(found).containsExactly(
                "_data/api/api-eclaire.md:3:101 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:33:79 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:38:43 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:40:79 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:42:46 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:44:71 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:47:28 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:49:258 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:52:28 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:54:380 invisible-char invisible soft hyphen U+00AD",
                "_data/api/api-eclaire.md:55:53 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-eclaire.md:57:305 invisible-char invisible character U+200B (ZERO WIDTH SPACE)",
                "_data/api/api-indemnisation-pole-emploi.md:109:183 invisible-char invisible character U+200B (ZERO WIDTH SPACE)");
    }

    /**
     * Counted independently of the scanner: a line is damaged when its characters, written back
     * through Windows-1254 (characters it has no byte for dropped), hold a UTF-8 lead byte
     * followed by a continuation byte.
     */
    private static TreeSet<Integer> damagedLines(String text) {
        Pattern utf8Pair = Pattern.compile("[\\xC2-\\xF4][\\x80-\\xBF]");
        CharsetEncoder encoder = Charset.forName("windows-1254").newEncoder().onUnmappableCharacter(CodingErrorAction.IGNORE);
        TreeSet<Integer> lines = new TreeSet<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            try {
                String bytes = new String(encoder.reset().encode(CharBuffer.wrap(all[i])).array(), StandardCharsets.ISO_8859_1);
                if (utf8Pair.matcher(bytes).find()) {
                    lines.add(i + 1);
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return lines;
    }

    @Test
    void theSeedHasEveryDamagedLineFlaggedTheExactOnesRepairedAndTheLossyOnesLeft() throws IOException {
        byte[] seed = Files.readAllBytes(Corpus.folder().resolve("seed/authentification-mojibake.md"));
        DocsTree tree = new DocsTree(folder);
        tree.write(GUIDE, seed);
        List<Finding> before = tree.encodingFindings();
        assertThat(before).allSatisfy(f -> assertThat(f.rule()).isEqualTo("mojibake"));
        TreeSet<Integer> flagged = new TreeSet<>(before.stream().map(Finding::line).toList());
        assertThat(flagged).isEqualTo(damagedLines(new String(seed, StandardCharsets.UTF_8))).hasSize(32);
        assertThat(before).hasSize(103);
        List<Finding> lossy = before.stream().filter(f -> f.fix() == null).toList();
        assertThat(lossy).hasSize(23);
        assertThat(before.stream().filter(f -> f.message().contains("it should read \"Découvrez\""))).hasSize(1);

        Fixer.Outcome outcome = new Fixer().apply(tree.root(), Lint.folder(tree.root()).findings(), true);
        assertThat(outcome.fixedCount()).isEqualTo(80);

        String fixed = new String(tree.read(GUIDE), StandardCharsets.UTF_8);
        assertThat(fixed).contains("Découvrez les API dédiées à l'authentification", "### ğŸ™‹ğŸ½â€â™€ï¸ Démarches",
                "#### [ğŸ‡«ğŸ‡·".replace("ğŸ‡«ğŸ‡·", "🇫🇷"), "*âŒ›ï¸ Bientôt disponible*", "|      âœ…      |".replace("âœ…", "✅"));
        List<Finding> after = tree.encodingFindings();
        assertThat(after).hasSize(23).allSatisfy(f -> {
            assertThat(f.fix()).isNull();
            assertThat(f.message()).contains("some of its bytes were lost");
        });
        // the lossy spans are untouched: each still quotes exactly the text it quoted before
        List<String> quotedBefore = new ArrayList<>(lossy.stream().map(f -> f.message().substring(0, f.message().indexOf("\" is"))).toList());
        List<String> quotedAfter = after.stream().map(f -> f.message().substring(0, f.message().indexOf("\" is"))).toList();
        assertThat(quotedAfter).isEqualTo(quotedBefore);
    }
}

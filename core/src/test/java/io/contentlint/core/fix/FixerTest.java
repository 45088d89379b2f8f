package io.contentlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.config.Limits;
import io.contentlint.core.report.Finding;
import io.contentlint.core.source.CodeRegions;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import io.contentlint.core.testing.Corpus;
import io.contentlint.core.testing.DocsTree;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fix} compared byte for byte with the file it must give back. */
class FixerTest {
    private static final String GUIDE = "_data/guides/g.md";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path folder;

    private DocsTree tree(byte[] bytes) {
        DocsTree tree = new DocsTree(folder);
        tree.write(GUIDE, bytes);
        return tree;
    }

    private static Fixer.Outcome fix(DocsTree tree, boolean write) {
        List<Finding> findings = Lint.folder(tree.root()).findings();
        return new Fixer().apply(tree.root(), findings, write);
    }

    /**
     * What a bad export does to a line: its UTF-8 bytes read as Windows-1252, the way browsers
     * read it (the five bytes Windows-1252 leaves undefined become the C1 controls of the same
     * number), then saved as UTF-8 again.
     */
    private static String throughWindows1252(String line) {
        StringBuilder out = new StringBuilder();
        for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, WINDOWS_1252);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    private static byte[] damageNonAsciiLines(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        StringBuilder damaged = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            damaged.append(line.chars().anyMatch(c -> c > 0x7F) ? throughWindows1252(line) : line);
        }
        return damaged.toString().getBytes(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusGuideThroughWindows1252IsRestoredByteForByte() throws IOException {
        Path guides = Corpus.apiGouvFr().resolve("_data/guides");
        try (Stream<Path> files = Files.list(guides)) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                byte[] original = Files.readAllBytes(file);
                Path sub = Files.createTempDirectory(folder, "guide");
                DocsTree tree = new DocsTree(sub);
                tree.write(GUIDE, damageNonAsciiLines(original));
                assertThat(tree.encodingFindings()).as("findings on the damaged guide").isNotEmpty();
                byte[] damaged = damageNonAsciiLines(original);
                Fixer.Outcome outcome = fix(tree, true);
                assertThat(outcome.refused()).isEmpty();
                assertThat(tree.read(GUIDE)).isEqualTo(expectedAfterFix(original, damaged));
            }));
        }
    }

    /**
     * The original, except that damaged text inside code (a code block quoting a URL with
     * accents, say) is left as it is: the rule never touches code.
     */
    private static byte[] expectedAfterFix(byte[] original, byte[] damaged) {
        Document document = new DocumentReader(Limits.DEFAULT).parse(GUIDE, "guides", damaged);
        CodeRegions code = document.codeRegions();
        String damagedText = document.text();
        String[] originalLines = new String(original, StandardCharsets.UTF_8).split("(?<=\n)", -1);
        String[] damagedLines = damagedText.split("(?<=\n)", -1);
        StringBuilder expected = new StringBuilder();
        int offset = 0;
        for (int line = 0; line < damagedLines.length; line++) {
            boolean inCode = false;
            for (int i = offset; i < offset + damagedLines[line].length(); i++) {
                inCode |= damagedText.charAt(i) > 0x7F && code.contains(i);
            }
            expected.append(inCode ? damagedLines[line] : originalLines[line]);
            offset += damagedLines[line].length();
        }
        return expected.toString().getBytes(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> corpusGuidesSavedAsWindows1252AreConvertedBackExactly() throws IOException {
        Path guides = Corpus.apiGouvFr().resolve("_data/guides");
        try (Stream<Path> files = Files.list(guides)) {
            return files.sorted().filter(FixerTest::encodableInWindows1252).toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        byte[] original = Files.readAllBytes(file);
                        Path sub = Files.createTempDirectory(folder, "guide");
                        DocsTree tree = new DocsTree(sub);
                        tree.write(GUIDE, new String(original, StandardCharsets.UTF_8).getBytes(WINDOWS_1252));
                        assertThat(tree.encodingFindings()).filteredOn(f -> f.rule().equals("invalid-utf8"))
                                .singleElement().extracting(Finding::message).asString().contains("not UTF-8 but Windows-1252");
                        fix(tree, true);
                        assertThat(tree.read(GUIDE)).isEqualTo(original);
                    }));
        }
    }

    private static boolean encodableInWindows1252(Path file) {
        try {
            String text = Files.readString(file);
            return text.chars().anyMatch(c -> c > 0x7F) && WINDOWS_1252.newEncoder().canEncode(text);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aLeadingBomIsRemovedAndCrlfKept() {
        byte[] original = "---\r\ntitle: Guide\r\n---\r\n\r\nTexte.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[original.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(original, 0, withBom, 3, original.length);
        DocsTree tree = tree(withBom);
        assertThat(fix(tree, true).fixedCount()).isEqualTo(1);
        assertThat(tree.read(GUIDE)).isEqualTo(original);
    }

    @Test
    void onlyTheRepairableSpansChangeAndStrayBytesElsewhereSurvive() {
        // line 5 holds a stray byte 0xFF; line 6 a lossy emoji; line 7 mojibake
        byte[] head = "---\ntitle: Guide\n---\n\nx".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n#### ğŸ¥ SantÃ©\r\nDÃ©couvrez\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(head, new byte[] {(byte) 0xFF}, tail);
        DocsTree tree = tree(bytes);
        Fixer.Outcome outcome = fix(tree, true);
        assertThat(outcome.fixedCount()).isEqualTo(2);
        byte[] expected = concat(head, new byte[] {(byte) 0xFF}, "\n#### ğŸ¥ Santé\r\nDécouvrez\n".getBytes(StandardCharsets.UTF_8));
        assertThat(tree.read(GUIDE)).isEqualTo(expected);
    }

    @Test
    void aFileChangedSinceItWasCheckedIsRefusedAndLeftAlone() {
        DocsTree tree = tree("---\ntitle: Guide\n---\n\nDÃ©couvrez\n".getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = Lint.folder(tree.root()).findings();
        byte[] edited = "---\ntitle: Guide\n---\n\nDÃ©couvrez, vite\n".getBytes(StandardCharsets.UTF_8);
        tree.write(GUIDE, edited);
        Fixer.Outcome outcome = new Fixer().apply(tree.root(), findings, true);
        assertThat(outcome.refused()).singleElement().extracting(Fixer.FileOutcome::refusal).asString().contains("changed since");
        assertThat(tree.read(GUIDE)).isEqualTo(edited);
    }

    @Test
    void theFileModeIsKept() throws IOException {
        DocsTree tree = tree("---\ntitle: Guide\n---\n\nDÃ©couvrez\n".getBytes(StandardCharsets.UTF_8));
        Path file = tree.root().resolve(GUIDE);
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        fix(tree, true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("g.md");
        }
    }

    @Test
    void aDryRunWritesNothingAndGivesAUnifiedDiff() {
        byte[] bytes = "---\ntitle: Guide\n---\n\nUn\nDeux\nTrois\nQuatre\nDÃ©couvrez\n".getBytes(StandardCharsets.UTF_8);
        DocsTree tree = tree(bytes);
        Fixer.Outcome outcome = fix(tree, false);
        assertThat(tree.read(GUIDE)).isEqualTo(bytes);
        FilePatch patch = outcome.files().get(0).patch();
        assertThat(UnifiedDiff.of(GUIDE, patch.before(), patch.after())).isEqualTo("""
                --- a/_data/guides/g.md
                +++ b/_data/guides/g.md
                @@ -6,4 +6,4 @@
                 Deux
                 Trois
                 Quatre
                -DÃ©couvrez
                +Découvrez
                """);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}

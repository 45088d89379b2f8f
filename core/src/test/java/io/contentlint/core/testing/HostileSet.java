package io.contentlint.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the hostile fixture set into a folder laid out like api.gouv.fr (built-in configuration),
 * at test time: nothing huge is committed. Each file names the rules expected to report it. Files
 * that are hostile only by their size or shape carry a marker defect (a key given twice) so that
 * a finding proves every rule went through them. {@code main} writes the set for a manual run:
 * {@code ./contentlint DIR --format json}.
 */
public final class HostileSet {
    /** A generated file, the rules one of which must name it, and why it is there. */
    public record Entry(String path, Set<String> expectedRules, String why) {
    }

    private static final String GUIDES = "_data/guides/";
    private static final String MARKER = "---\ntitle: Marqueur\ntitle: Marqueur\n---\n";

    private HostileSet() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        for (Entry entry : write(root)) {
            System.out.println(entry.path() + "\t" + entry.expectedRules() + "\t" + entry.why());
        }
    }

    /** Writes the set under {@code root} (created if needed) and returns what was written. */
    public static List<Entry> write(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Files.createDirectories(root.resolve(GUIDES));
        Files.createDirectories(root.resolve("_data/api"));

        text(root, entries, "billion-laughs.md", "yaml-syntax", "nine levels of nine aliases: 9^9 strings once expanded",
                "---\ntitle: Rires\n" + billionLaughs() + "---\nCorps\n");
        text(root, entries, "alias-cycle.md", "yaml-syntax", "an alias inside the list it names",
                "---\ntitle: Boucle\nliste: &boucle [un, *boucle]\n---\nCorps\n");
        text(root, entries, "java-tag.md", "yaml-syntax", "tags naming Java classes a careless loader would build",
                "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n---\n");
        text(root, entries, "deep-yaml.md", "yaml-syntax", "lists nested 5,000 deep (the composer recurses per level)",
                "---\ntitle: Profond\nliste: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n");
        text(root, entries, "huge-front-matter.md", "yaml-syntax", "1.5 million code points of front matter, over the limit",
                "---\ntitle: " + "é".repeat(1_500_000) + "\n---\n");
        bytes(root, entries, "huge-single-line.md", "unreadable-file", "20 MB on one line, over the 5 MB limit",
                repeated("a", 20 * 1024 * 1024));
        text(root, entries, "long-single-line.md", "yaml-syntax", "4 MB on one line, under the limit: checked in full (marker)",
                MARKER + "lorem ipsum ".repeat(4 * 1024 * 1024 / 12) + "\n");
        bytes(root, entries, "random-binary.md", "unreadable-file", "64 KB of random bytes", random(64 * 1024, false));
        bytes(root, entries, "random-binary-without-nul.md", "unreadable-file", "64 KB of random bytes, none of them NUL",
                random(64 * 1024, true));
        bytes(root, entries, "nul-bytes.md", "unreadable-file", "text with NUL bytes",
                "---\ntitle: Nul\n---\nabc\0def\0\n".getBytes(StandardCharsets.UTF_8));
        bytes(root, entries, "utf-16.md", "unreadable-file", "text saved as UTF-16",
                "\uFEFF---\ntitle: Été\n---\nCorps\n".getBytes(StandardCharsets.UTF_16LE));
        text(root, entries, "cr-only.md", "yaml-syntax", "old Mac line endings (CR alone); the key twice is on line 3",
                "---\rtitle: Mac\rtitle: Mac\r---\rCorps\r");
        text(root, entries, "many-links.md", "internal-link", "200,000 links, one broken at the end",
                "---\ntitle: Liens\n---\n" + ("[l](/guides/many-links) ".repeat(10) + "\n\n").repeat(20_000)
                        + "[cassé](/guides/nulle-part)\n");
        String words = "mot ".repeat(50_000).trim();
        text(root, entries, "long-heading.md", "internal-link", "a 200 KB heading and a link to its anchor, over max-link-length",
                "---\ntitle: Titre\n---\n## " + words + "\n\n[vers le titre](#" + words.replace(' ', '-') + ")\n");
        text(root, entries, "mojibake.md", "mojibake", "1 MB of \"Ã©\" (é read through Windows-1252)",
                "---\ntitle: Mojibake\n---\n" + "Ã©".repeat(1024 * 1024 / 4) + "\n");
        text(root, entries, "path-escapes.md", "internal-link", "links leading out of the repository",
                "---\ntitle: Évasion\n---\n[a](../../../../etc/passwd)\n\n[b](/../../etc/passwd)\n\n[c](file:///etc/passwd)\n\n"
                        + "<a href=\"../../../../etc/passwd\">d</a>\n");
        text(root, entries, "suppression-comment.md", "yaml-syntax", "an unclosed suppression comment with 100,000 rule ids (marker)",
                MARKER + "<!-- contentlint-disable-next-line" + " a".repeat(100_000) + "\n");
        text(root, entries, "été à la plage.md", "yaml-syntax", "a file name with spaces and accents (marker)", MARKER);
        text(root, entries, "unterminated.md", "yaml-syntax", "front matter never closed", "---\ntitle: Ouvert\nCorps\n");
        text(root, entries, "empty.md", "yaml-syntax", "an empty file (front matter is required)", "");
        for (Map.Entry<String, String> markdown : PathologicalMarkdown.cases(10_000).entrySet()) {
            text(root, entries, "pathological-" + markdown.getKey() + ".md", "yaml-syntax",
                    "CommonMark pathological input " + markdown.getKey() + " (marker)", MARKER + markdown.getValue());
        }
        symlinks(root);
        return entries;
    }

    /**
     * A folder link looping to the root, a file linking to itself, and a file linking out of the
     * repository: none is a file of the repository, none is read.
     */
    private static void symlinks(Path root) throws IOException {
        Files.createSymbolicLink(root.resolve(GUIDES + "loop"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("root-loop"), Path.of("."));
        Files.createSymbolicLink(root.resolve(GUIDES + "self-link.md"), Path.of("self-link.md"));
        Files.createSymbolicLink(root.resolve(GUIDES + "passwd.md"), Path.of("/etc/passwd"));
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        return yaml.toString();
    }

    private static byte[] random(int size, boolean withoutNul) {
        byte[] bytes = new byte[size];
        new Random(10).nextBytes(bytes);
        if (withoutNul) {
            for (int i = 0; i < size; i++) {
                if (bytes[i] == 0) {
                    bytes[i] = 1;
                }
            }
        }
        return bytes;
    }

    private static byte[] repeated(String unit, int totalBytes) {
        return unit.repeat(totalBytes / unit.length()).getBytes(StandardCharsets.UTF_8);
    }

    private static void text(Path root, List<Entry> entries, String name, String rule, String why, String content)
            throws IOException {
        bytes(root, entries, name, rule, why, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(Path root, List<Entry> entries, String name, String rule, String why, byte[] content)
            throws IOException {
        Path file = root.resolve(GUIDES + name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
        entries.add(new Entry(GUIDES + name, Set.of(rule), why));
    }
}

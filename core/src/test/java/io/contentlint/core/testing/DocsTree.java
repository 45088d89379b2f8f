package io.contentlint.core.testing;

import io.contentlint.core.report.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A docs tree in the api.gouv.fr layout written byte for byte into a temporary folder: the
 * fixture harness reads its files as UTF-8, which legacy code pages, stray bytes and BOMs are not.
 */
public final class DocsTree {
    public static final Set<String> ENCODING_RULES = Set.of("mojibake", "invalid-utf8", "replacement-char", "invisible-char", "bom");

    private final Path root;

    public DocsTree(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes {@code bytes} as the file {@code path} (repo-relative) and returns its absolute path. */
    public Path write(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of the encoding rules on the whole tree. */
    public List<Finding> encodingFindings() {
        return Lint.folder(root).findings().stream().filter(f -> ENCODING_RULES.contains(f.rule())).toList();
    }
}

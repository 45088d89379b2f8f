package io.contentlint.core;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists every regular file under the root once. Symbolic links are never followed (a link loop
 * must not hang the run, and a link must not lead outside the repository); {@code .git},
 * {@code node_modules} and {@code target} are never entered.
 */
final class Discovery {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target");

    private Discovery() {
    }

    /** Repo-relative paths with {@code /} separators, sorted. */
    static List<String> files(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && (attrs.isSymbolicLink() || SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(relative(root, file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    static String relative(Path root, Path file) {
        String relative = root.relativize(file).toString();
        return file.getFileSystem().getSeparator().equals("/") ? relative : relative.replace(file.getFileSystem().getSeparator(), "/");
    }
}

package io.contentlint.core.fix;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Replaces a file's content all at once: a temporary file in the same folder (so the rename stays
 * on one file system), the original's permissions copied onto it, then an atomic rename. The file
 * is read once more just before the rename: if an editor saved it since we read it, nothing is
 * written.
 */
final class AtomicRewrite {
    private AtomicRewrite() {
    }

    /** Thrown when the file is no longer the bytes the fixes were computed from. */
    static final class ChangedOnDisk extends IOException {
        ChangedOnDisk(Path file) {
            super(file + " changed since it was read");
        }
    }

    static void replace(Path file, byte[] expected, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".contentlint.tmp");
        try {
            Files.write(temporary, content);
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temporary, posix.readAttributes().permissions());
            }
            if (!Arrays.equals(Files.readAllBytes(file), expected)) {
                throw new ChangedOnDisk(file);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

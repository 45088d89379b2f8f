package io.contentlint.core.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Writes a whole file or nothing: a temporary file in the same folder (so the rename stays on one
 * file system), the original's permissions copied onto it, then an atomic rename. Reports, the
 * baseline, {@code init}, the git hook and {@code --fix} all write through here, so a reader never
 * sees half a file and a failed write leaves the original intact.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Thrown when the file is no longer the bytes a fix was computed from. */
    public static final class ChangedOnDisk extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedOnDisk(Path file) {
            super(file + " changed since it was read");
        }
    }

    /** Thrown when the file is read-only: a fix never forces it (a rename would replace it all the same). */
    public static final class ReadOnly extends IOException {
        private static final long serialVersionUID = 1L;

        ReadOnly(Path file) {
            super(file + " is read-only");
        }
    }

    /** Writes {@code content} as UTF-8, creating missing folders. */
    public static void write(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        write(absolute, content.getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * Replaces {@code file} with {@code content} only if it still holds {@code expected}: the file is
     * read once more just before the rename, so an editor's save since we read it is never lost.
     */
    public static void replace(Path file, byte[] expected, byte[] content) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        // permission bits, not Files.isWritable: for root every file is writable
        boolean readOnly = posix != null
                ? !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE)
                : !Files.isWritable(file);
        if (readOnly) {
            throw new ReadOnly(file);
        }
        write(file.toAbsolutePath(), content, expected);
    }

    private static void write(Path file, byte[] content, byte[] expected) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".contentlint.tmp");
        try {
            Files.write(temporary, content);
            PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            if (posix != null) {
                // a temporary file is private (rw-------); the result must look like any file the user writes
                posix.setPermissions(Files.exists(file)
                        ? Files.getFileAttributeView(file, PosixFileAttributeView.class).readAttributes().permissions()
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            if (expected != null && !Arrays.equals(Files.readAllBytes(file), expected)) {
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

package io.contentlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void aNewFileIsReadableByOthersLikeAnyFileTheUserWrites() throws IOException {
        Path report = folder.resolve("reports/contentlint.sarif");

        AtomicFile.write(report, "{}");

        assertThat(Files.readString(report)).isEqualTo("{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");
        assertThat(folder.resolve("reports")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        Path hook = folder.resolve("pre-commit");
        Files.writeString(hook, "old");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-x---"));

        AtomicFile.write(hook, "new");

        assertThat(Files.readString(hook)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hook))).isEqualTo("rwxr-x---");
    }

    @Test
    void aFileChangedSinceItWasReadIsNotReplaced() throws IOException {
        Path page = folder.resolve("page.md");
        Files.writeString(page, "saved by an editor meanwhile");

        assertThatThrownBy(() -> AtomicFile.replace(page, "what we read".getBytes(StandardCharsets.UTF_8),
                "fixed".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AtomicFile.ChangedOnDisk.class);
        assertThat(Files.readString(page)).isEqualTo("saved by an editor meanwhile");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aReadOnlyFileIsNotForced() throws IOException {
        Path page = folder.resolve("page.md");
        Files.writeString(page, "before");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFile.replace(page, "before".getBytes(StandardCharsets.UTF_8),
                "after".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AtomicFile.ReadOnly.class);
        assertThat(Files.readString(page)).isEqualTo("before");
    }
}

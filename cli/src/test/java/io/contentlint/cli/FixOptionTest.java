package io.contentlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fix} and {@code --fix --dry-run} through the real command line. */
class FixOptionTest {
    private static final String DAMAGED = "---\ntitle: Guide\n---\n\nDÃ©couvrez lâ€™API.\n";

    @TempDir
    Path root;

    private Path guide() throws IOException {
        Path file = root.resolve("_data/guides/g.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, DAMAGED);
        return file;
    }

    private String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CheckCommand.commandLine().execute(args);
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fixRepairsTheFileAndReportsWhatIsLeft() throws IOException {
        Path file = guide();
        String report = run(root.toString(), "--fix", "--no-color");
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: Guide\n---\n\nDécouvrez l’API.\n");
        assertThat(report).doesNotContain("[mojibake]");
    }

    @Test
    void dryRunPrintsADiffAndWritesNothing() throws IOException {
        Path file = guide();
        String diff = run(root.toString(), "--fix", "--dry-run");
        assertThat(Files.readString(file)).isEqualTo(DAMAGED);
        assertThat(diff).isEqualTo("""
                --- a/_data/guides/g.md
                +++ b/_data/guides/g.md
                @@ -2,4 +2,4 @@
                 title: Guide
                 ---
                 \n\
                -DÃ©couvrez lâ€™API.
                +Découvrez l’API.
                """);
    }

    @Test
    void dryRunAloneIsAUsageError() {
        assertThatThrownBy(() -> new FixStep(false, true, System.out, System.err))
                .isInstanceOf(UserError.class).hasMessageContaining("--dry-run only goes with --fix");
    }
}

package io.contentlint.cli;

import io.contentlint.core.testing.GitRepo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook {@code contentlint install-hook} writes, run by a real {@code git commit}: the CLI
 * runs in its own JVM from this test's class path, as the launcher would run it.
 */
class InstallHookTest {
    static final String GOOD = "---\ntitle: A guide\ntagline: fine\n---\nBody of the guide.\n";
    static final String BROKEN = "---\ntitle: \"unclosed\ntagline: fine\n---\nBody of the guide.\n";

    @TempDir
    Path tmp;

    /** The command that starts the CLI: this JVM's java with the test class path. */
    private static List<String> cli() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "io.contentlint.cli.Main");
    }

    private static GitRepo.Run installHook(Path dir, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(cli());
        command.add("install-hook");
        command.addAll(List.of(options));
        command.add("--command");
        command.add(String.join(" ", cli().stream().map(InstallHookCommand::shellQuote).toList()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        GitRepo.isolate(builder);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new GitRepo.Run(process.exitValue(), out);
    }

    @Test
    void theInstalledHookBlocksACommitThatAddsABrokenFileAndLetsAGoodOneThrough() throws IOException, InterruptedException {
        GitRepo repo = GitRepo.init(tmp.resolve("docs")).write("_data/guides/old.md", BROKEN).write("_data/guides/a.md", GOOD);
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "start, with an old defect");

        GitRepo.Run install = installHook(repo.dir());
        assertThat(install.exit()).as(install.output()).isZero();
        Path hook = repo.dir().resolve(".git/hooks/pre-commit");
        assertThat(Files.isExecutable(hook)).isTrue();
        String head = repo.git("rev-parse", "HEAD");

        repo.write("_data/guides/broken.md", BROKEN);
        repo.git("add", "-A");
        GitRepo.Run blocked = repo.run("commit", "-m", "add a broken guide");

        assertThat(blocked.exit()).isNotZero();
        assertThat(blocked.output()).contains("_data/guides/broken.md:2:8: error: unclosed quoted value")
                .contains("[yaml-syntax]").doesNotContain("old.md");
        assertThat(repo.git("rev-parse", "HEAD")).isEqualTo(head);

        repo.write("_data/guides/broken.md", GOOD);
        repo.git("add", "-A");
        GitRepo.Run passed = repo.run("commit", "-m", "add a good guide");

        assertThat(passed.exit()).as(passed.output()).isZero();
        assertThat(repo.git("rev-parse", "HEAD")).isNotEqualTo(head);
    }

    @Test
    void docsInASubFolderAreCheckedFromThereEvenWhenOnlySomePathsAreCommitted() throws IOException, InterruptedException {
        GitRepo repo = GitRepo.init(tmp.resolve("project")).write("docs/_data/guides/a.md", GOOD).write("README.md", "# p\n");
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "start");
        assertThat(installHook(repo.dir().resolve("docs")).exit()).isZero();

        repo.write("docs/_data/guides/broken.md", BROKEN).write("README.md", "# project\n");
        repo.git("add", "docs/_data/guides/broken.md");
        // "git commit PATH" runs the hook with a temporary index named by GIT_INDEX_FILE
        GitRepo.Run blocked = repo.run("commit", "-m", "add a broken guide", "--", "docs/_data/guides/broken.md", "README.md");

        assertThat(blocked.exit()).isNotZero();
        assertThat(blocked.output()).contains("_data/guides/broken.md:2:8: error:");
    }

    @Test
    void anExistingHookIsKeptUnlessForced() throws IOException, InterruptedException {
        GitRepo repo = GitRepo.init(tmp.resolve("docs")).write("_data/guides/a.md", GOOD);
        Path hook = repo.dir().resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho mine\n");

        GitRepo.Run refused = installHook(repo.dir());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.output().strip()).startsWith("contentlint: " + hook.toRealPath() + " already exists; use --force")
                .doesNotContain("\n");
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\necho mine\n");

        GitRepo.Run forced = installHook(repo.dir(), "--force", "--all");
        assertThat(forced.exit()).as(forced.output()).isZero();
        assertThat(Files.readString(hook)).contains("contentlint pre-commit hook").doesNotContain("--new-since");
    }

    @Test
    void outsideARepositoryTheCommandSaysSoInOneLine() throws IOException, InterruptedException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));

        GitRepo.Run run = installHook(plain);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output().strip()).isEqualTo("contentlint: " + plain.toRealPath() + " is not inside a git repository");
    }

    @Test
    void theScriptRunsFromTheDocsRootAndComparesWithHeadWhenThereIsOne() {
        String script = InstallHookCommand.script("docs/site it's/", "'/opt/contentlint/contentlint'", false);

        assertThat(script).startsWith("#!/bin/sh\n")
                .contains("cd 'docs/site it'\\''s/' || exit 2\n")
                .contains("  exec '/opt/contentlint/contentlint' --no-color --new-since HEAD\n")
                .endsWith("exec '/opt/contentlint/contentlint' --no-color\n");
    }
}

package io.contentlint.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away git repository for tests. Its identity is set locally and the global and system
 * configurations are ignored, so the tests behave the same on every machine (no global
 * {@code commit.gpgsign}, no global hooks path).
 */
public record GitRepo(Path dir) {

    public static GitRepo init(Path dir) throws IOException {
        Files.createDirectories(dir);
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.name", "contentlint test");
        repo.git("config", "user.email", "test@contentlint.invalid");
        repo.git("config", "commit.gpgsign", "false");
        return repo;
    }

    public GitRepo write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    public String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    /** Stages everything and commits. */
    public GitRepo commitAll(String message) throws IOException {
        git("add", "-A");
        git("commit", "-q", "--no-verify", "-m", message);
        return this;
    }

    /** Runs git in the repository; fails the test if git does. */
    public String git(String... args) throws IOException {
        Run run = run(args);
        if (run.exit() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + run.output());
        }
        return run.output();
    }

    /** Runs git (hooks included) and returns its exit code and output, stdout and stderr together. */
    public Run run(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        isolate(builder);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Run(process.exitValue(), out);
    }

    /** What a git command ended with. */
    public record Run(int exit, String output) {
    }

    /** No global or system git configuration. */
    public static void isolate(ProcessBuilder builder) {
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    }
}

package io.contentlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away git repository, its identity set locally and the global and system git
 * configurations ignored, so the tests behave the same on every machine.
 */
record TempRepo(Path dir) {

    static TempRepo init(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        TempRepo repo = new TempRepo(dir);
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.name", "contentlint test");
        repo.git("config", "user.email", "test@contentlint.invalid");
        repo.git("config", "commit.gpgsign", "false");
        return repo;
    }

    TempRepo write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Runs git; fails unless it succeeds. */
    String git(String... args) throws IOException, InterruptedException {
        Run run = run(args);
        if (run.exit() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + run.output());
        }
        return run.output();
    }

    /** Runs git (hooks included) and returns its exit code and output, stdout and stderr together. */
    Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("git " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), out);
    }

    record Run(int exit, String output) {
    }
}

package io.contentlint.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The git plumbing contentlint needs, run as {@code git} processes in one working directory (the
 * docs root, which may be a sub-folder of the repository: paths then come back relative to it).
 * Read-only: {@code GIT_OPTIONAL_LOCKS=0} stops {@code git diff} from refreshing the index, so
 * linting never writes into the repository.
 */
public final class Git {
    private final Path workDir;

    public Git(Path workDir) {
        this.workDir = workDir.toAbsolutePath().normalize();
    }

    public Path workDir() {
        return workDir;
    }

    /** The commit a ref names ({@code HEAD~1}, {@code origin/main}, a sha), as a full sha. */
    public String commit(String ref) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new GitException("\"" + ref + "\" is not a git ref");
        }
        Result result = run(null, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (result.exit() != 0) {
            requireRepository();
            throw new GitException("\"" + ref + "\" names no commit in the repository at " + workDir
                    + " (in CI, fetch it first: actions/checkout with fetch-depth: 0)");
        }
        return result.text().trim();
    }

    /** Blobs of a commit under the working directory, with paths relative to it. */
    public List<TreeEntry> tree(String commit) {
        byte[] out = check(run(null, "ls-tree", "-r", "-z", "-l", commit), "ls-tree").stdout();
        List<TreeEntry> entries = new ArrayList<>();
        for (String record : split(out)) {
            // <mode> SP <type> SP <object> SP+ <size> TAB <path>
            int tab = record.indexOf('\t');
            String[] meta = record.substring(0, tab).trim().split(" +");
            long size = meta[3].equals("-") ? -1 : Long.parseLong(meta[3]);
            entries.add(new TreeEntry(meta[0], meta[1], meta[2], size, record.substring(tab + 1)));
        }
        return entries;
    }

    /**
     * Files renamed between a commit and the working tree, old path to new (both relative to the
     * working directory), as {@code git diff -M} detects them. Untracked files are not compared.
     */
    public Map<String, String> renames(String commit) {
        byte[] out = check(run(null, "diff", "-M", "--name-status", "-z", "--relative", commit, "--"), "diff").stdout();
        List<String> fields = split(out);
        Map<String, String> renames = new LinkedHashMap<>();
        int i = 0;
        while (i < fields.size()) {
            String status = fields.get(i);
            if (status.startsWith("R") || status.startsWith("C")) {
                if (status.startsWith("R")) {
                    renames.put(fields.get(i + 1), fields.get(i + 2));
                }
                i += 3;
            } else {
                i += 2;
            }
        }
        return renames;
    }

    /** Where git runs this repository's hook {@code name} (honours {@code core.hooksPath} and worktrees). */
    public Path hookFile(String name) {
        String path = check(run(null, "rev-parse", "--git-path", "hooks/" + name), "rev-parse").text().trim();
        return workDir.resolve(path).normalize();
    }

    /** The working directory relative to the repository's top level, {@code ""} or ending in {@code /}. */
    public String prefix() {
        requireRepository();
        return check(run(null, "rev-parse", "--show-prefix"), "rev-parse").text().trim();
    }

    /** Starts a long-running git process (for {@code cat-file --batch}). */
    Process start(String... args) {
        try {
            return builder(args).start();
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on the PATH?): " + e.getMessage(), e);
        }
    }

    private void requireRepository() {
        if (run(null, "rev-parse", "--git-dir").exit() != 0) {
            throw new GitException(workDir + " is not inside a git repository");
        }
    }

    private Result check(Result result, String what) {
        if (result.exit() != 0) {
            requireRepository();
            String reason = result.stderr().lines().findFirst().orElse("exit code " + result.exit());
            throw new GitException("git " + what + " failed in " + workDir + ": " + reason);
        }
        return result;
    }

    Result run(byte[] stdin, String... args) {
        Process process = start(args);
        try {
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            byte[] out = readAll(process.getInputStream());
            int exit = process.waitFor();
            return new Result(exit, out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitException("git " + args[0] + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new GitException("interrupted while running git " + args[0], e);
        }
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-c");
        command.add("core.quotepath=off");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("LC_ALL", "C");
        return builder;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NUL-separated records ({@code -z}), decoded as UTF-8: git stores path names as bytes, UTF-8 in practice. */
    private static List<String> split(byte[] out) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0) {
                fields.add(new String(out, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return fields;
    }

    record Result(int exit, byte[] stdout, String stderr) {
        String text() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /** One {@code ls-tree} line: mode ({@code 100644}, {@code 120000} for a link), type, object id, size, path. */
    public record TreeEntry(String mode, String type, String object, long size, String path) {
        /** Regular files only: a symbolic link or a submodule is not content (the disk walk skips them too). */
        boolean isRegularFile() {
            return type.equals("blob") && (mode.equals("100644") || mode.equals("100755"));
        }
    }
}

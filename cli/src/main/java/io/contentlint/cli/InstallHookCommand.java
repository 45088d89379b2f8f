package io.contentlint.cli;

import io.contentlint.core.fix.AtomicFile;
import io.contentlint.core.git.Git;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code contentlint install-hook}: a plain git {@code pre-commit} hook for teams without the
 * pre-commit tool. By default the hook blocks a commit that adds findings (new since HEAD, so old
 * defects do not block every commit); {@code --all} makes it block on any finding.
 */
@Command(name = "install-hook", mixinStandardHelpOptions = true,
        description = "Write a git pre-commit hook that runs contentlint and blocks commits that add findings.")
final class InstallHookCommand implements Callable<Integer> {
    /** Set by the {@code contentlint} launcher script to its own absolute path. */
    static final String LAUNCHER_PROPERTY = "contentlint.launcher";

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The docs root, inside a git repository (default: the current directory).")
    Path directory = Path.of("");

    @Option(names = "--force", description = "Overwrite an existing pre-commit hook.")
    boolean force;

    @Option(names = "--all", description = "Block the commit on any finding, not only on findings new since HEAD.")
    boolean all;

    @Option(names = "--command", paramLabel = "CMD", description = "The shell command the hook runs (default: this launcher's path when started by it, else contentlint on the PATH).")
    String command;

    @Override
    public Integer call() throws IOException {
        Path docsRoot = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(docsRoot)) {
            throw new UserError("\"" + directory + "\" is not a directory");
        }
        Git git = new Git(docsRoot);
        String prefix = git.prefix();
        Path hook = git.hookFile("pre-commit");
        if (Files.exists(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new UserError(hook + " already exists; use --force to replace it (or call contentlint from it yourself)");
        }
        AtomicFile.write(hook, script(prefix, command != null ? command : defaultCommand(), all));
        try {
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Windows: Git for Windows runs hooks through its own sh, whatever the permissions
        }
        System.out.println("wrote " + hook + (all ? "" : " (blocks commits that add findings; skip once with git commit --no-verify)"));
        return ExitCode.CLEAN;
    }

    private static String defaultCommand() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        return launcher != null && !launcher.isBlank() ? shellQuote(launcher) : "contentlint";
    }

    /**
     * The hook checks the working tree from the docs root. With a HEAD to compare against, only new
     * findings block; the first commit of a repository has none, so then every finding does.
     */
    static String script(String prefix, String command, boolean all) {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n")
                .append("# contentlint pre-commit hook, written by \"contentlint install-hook\".\n")
                .append("# Blocks a commit that adds contentlint findings. Skip once: git commit --no-verify.\n")
                // git may hand the hook a relative index path; it must survive the cd below
                .append("case \"${GIT_INDEX_FILE:-}\" in ''|/*) ;; *) GIT_INDEX_FILE=\"$PWD/$GIT_INDEX_FILE\"; export GIT_INDEX_FILE ;; esac\n")
                .append("cd \"$(git rev-parse --show-toplevel)\" || exit 2\n");
        if (!prefix.isEmpty()) {
            s.append("cd ").append(shellQuote(prefix)).append(" || exit 2\n");
        }
        if (!all) {
            s.append("if git rev-parse --verify --quiet HEAD >/dev/null; then\n")
                    .append("  exec ").append(command).append(" --no-color --new-since HEAD\n")
                    .append("fi\n");
        }
        s.append("exec ").append(command).append(" --no-color\n");
        return s.toString();
    }

    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}

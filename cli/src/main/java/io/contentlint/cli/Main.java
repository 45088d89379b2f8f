package io.contentlint.cli;

import picocli.CommandLine;

/** Entry point of the {@code contentlint} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code: 0 clean, 1 findings, 2 usage, configuration or internal error. */
    public static int run(String... args) {
        CommandLine commandLine = CheckCommand.commandLine();
        return commandLine.execute(args);
    }
}

package io.contentlint.cli;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigException;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Messages;
import io.contentlint.core.report.Reporter;
import io.contentlint.core.report.Reporters;
import io.contentlint.core.report.Severity;
import io.contentlint.core.rules.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contentlint [options] [PATH...]}: lint a docs repository, or some of its files. */
@Command(name = "contentlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {RulesCommand.class, InitCommand.class},
        description = "Checks Markdown documentation with YAML front matter: front matter schemas, references "
                + "between documents, internal links and anchors, encoding.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
            "2:usage, configuration or internal error"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "The docs root (a directory), or files to report on (under the root).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR", description = "The docs root (default: the directory argument, else the current directory).")
    Path root;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: contentlint.yml in the root, else the built-in api.gouv.fr layout).")
    Path config;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", description = "Exit 1 on findings at this level or above: error, warning or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--quiet", description = "Report errors only, and no summary when there are none.")
    boolean quiet;

    @Option(names = "--no-color", description = "Never colour the output (also when NO_COLOR is set or the output is not a terminal).")
    boolean noColor;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of messages: en or fr (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    /** The rules to run; tests swap in a registry with a rule that throws. */
    private final RuleRegistry registry;

    CheckCommand() {
        this(RuleRegistry.standard());
    }

    CheckCommand(RuleRegistry registry) {
        this.registry = registry;
    }

    static CommandLine commandLine() {
        return commandLine(new CheckCommand());
    }

    static CommandLine commandLine(CheckCommand check) {
        CommandLine commandLine = new CommandLine(check);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            CheckCommand command = cmd.getCommand() instanceof CheckCommand c ? c : null;
            boolean debug = command != null && command.debug || parseResult.hasMatchedOption("--debug");
            PrintWriter err = cmd.getErr();
            if (e instanceof UserError || e instanceof ConfigException) {
                err.println("contentlint: " + e.getMessage());
            } else {
                err.println("contentlint: internal error: " + e);
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.ERROR;
        });
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.ERROR);
        return commandLine;
    }

    @Override
    public Integer call() throws IOException {
        Severity threshold = threshold();
        Messages messages = new Messages(locale(lang));
        Path docsRoot = resolveRoot();
        List<String> reportOn = filesToReport(docsRoot);
        Config configuration = new ConfigLoader(registry.ids()).load(docsRoot, config);
        LintResult result = new Linter(configuration, registry, messages).run(docsRoot, reportOn);
        if (quiet) {
            result = new LintResult(result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList(),
                    result.filesChecked(), result.warnings(), result.failures(), result.elapsed());
        }
        for (String warning : result.warnings()) {
            System.err.println("contentlint: warning: " + warning);
        }
        if (debug) {
            for (LintResult.Failure failure : result.failures()) {
                System.err.println("contentlint: " + failure.path() + " [" + failure.rule() + "]:");
                failure.error().printStackTrace(System.err);
            }
        }
        report(result, messages);
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private void report(LintResult result, Messages messages) throws IOException {
        Reporters reporters = new Reporters(messages);
        Reporter reporter = reporters.forFormat(format, output == null && colourWanted()).orElseThrow(() -> new UserError(
                "unknown --format \"" + format + "\"; use one of " + String.join(", ", reporters.names())));
        StringBuilder out = new StringBuilder();
        if (quiet && format.equals("text") && result.findings().isEmpty()) {
            return;
        }
        reporter.write(result, out);
        if (output != null) {
            AtomicFiles.write(output, out.toString());
        } else {
            System.out.print(out);
            System.out.flush();
        }
    }

    private Severity threshold() {
        return switch (failOn) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "never" -> Severity.OFF;
            default -> throw new UserError("unknown --fail-on \"" + failOn + "\"; use error, warning or never");
        };
    }

    static Locale locale(String lang) {
        return switch (lang) {
            case "en" -> Locale.ENGLISH;
            case "fr" -> Locale.FRENCH;
            default -> throw new UserError("unknown --lang \"" + lang + "\"; use en or fr");
        };
    }

    /** {@code --root}, else the one directory argument, else the current directory. */
    private Path resolveRoot() {
        Path chosen = root;
        if (chosen == null) {
            List<Path> directories = paths.stream().filter(Files::isDirectory).toList();
            if (directories.size() > 1) {
                throw new UserError("give one docs root: several directories were given (" + directories + ")");
            }
            chosen = directories.isEmpty() ? Path.of("") : directories.get(0);
        }
        if (!Files.isDirectory(chosen)) {
            throw new UserError("the docs root \"" + chosen + "\" is not a directory");
        }
        return chosen.toAbsolutePath().normalize();
    }

    /** File arguments as repo-relative paths; each must exist and lie under the root. */
    private List<String> filesToReport(Path docsRoot) {
        List<String> files = new ArrayList<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                if (!absolute.equals(docsRoot)) {
                    throw new UserError("\"" + path + "\" is a directory but not the docs root " + docsRoot);
                }
                continue;
            }
            if (!Files.exists(absolute)) {
                throw new UserError("\"" + path + "\" does not exist");
            }
            if (!absolute.startsWith(docsRoot)) {
                throw new UserError("\"" + path + "\" is outside the docs root " + docsRoot);
            }
            files.add(docsRoot.relativize(absolute).toString().replace('\\', '/'));
        }
        return files;
    }

    private boolean colourWanted() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }
}

package io.contentlint.cli;

import io.contentlint.core.fix.AtomicFile;
import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.PhaseTimes;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigException;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.git.GitException;
import io.contentlint.core.history.Baseline;
import io.contentlint.core.history.BaselineException;
import io.contentlint.core.history.NewFindings;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contentlint [options] [PATH...]}: lint a docs repository, or some of its files. */
@Command(name = "contentlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {RulesCommand.class, InitCommand.class, InstallHookCommand.class},
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Report format: text, json, sarif, github or checkstyle (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
    Path output;

    @Option(names = "--report", paramLabel = "FORMAT=FILE", description = "Also write a report in FORMAT to FILE (repeatable), e.g. --report sarif=contentlint.sarif; the --format report still goes to standard output.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--new-since", paramLabel = "GIT_REF", description = "Report only findings that did not exist at this git ref (read from git, no checkout), e.g. origin/main or HEAD.")
    String newSince;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Do not report the findings this baseline file accepts.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Accept every current finding: write their fingerprints to FILE (commit it, then use --baseline FILE).")
    Path writeBaseline;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", description = "Exit 1 on findings at this level or above: error, warning or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--quiet", description = "Report errors only, and no summary when there are none.")
    boolean quiet;

    @Option(names = "--no-color", description = "Never colour the output (also when NO_COLOR is set or the output is not a terminal).")
    boolean noColor;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of messages: en or fr (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--debug", description = "Print stack traces of internal errors, and how long each phase of a run took.")
    boolean debug;

    @Option(names = "--fix", description = "Apply the exact fixes (mojibake, legacy code page, BOM), atomically; then report what is left.")
    boolean fix;

    @Option(names = "--dry-run", description = "With --fix: print the fixes as a unified diff instead of writing them.")
    boolean dryRun;
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
            if (e instanceof UserError || e instanceof ConfigException || e instanceof GitException
                    || e instanceof BaselineException) {
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
        Map<Reporter, Path> extraReports = extraReports(new Reporters(messages));
        if (writeBaseline != null && !reportOn.isEmpty()) {
            throw new UserError("--write-baseline needs the whole docs root: with file arguments it would forget the findings of every other file");
        }
        Config configuration = new ConfigLoader(registry.ids()).load(docsRoot, config);
        PhaseTimes times = phaseTimes();
        Linter linter = new Linter(configuration, registry, messages, times);
        LintResult result = onlyWhatIsNew(writeBaselineIfAsked(linter.run(docsRoot, reportOn)), linter, configuration, docsRoot);
        if (fix || dryRun) {
            Optional<LintResult> left = new FixStep(fix, dryRun, System.out, System.err)
                    .run(docsRoot, result,
                            () -> onlyWhatIsNew(linter.run(docsRoot, reportOn), linter, configuration, docsRoot));
            if (left.isEmpty()) {
                return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
            }
            result = left.get();
        }
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
        long reportStart = System.nanoTime();
        report(result, messages);
        times.lap("report", reportStart);
        for (Map.Entry<Reporter, Path> extra : extraReports.entrySet()) {
            StringBuilder out = new StringBuilder();
            extra.getKey().write(result, out);
            AtomicFile.write(extra.getValue(), out.toString());
        }
        return result.fails(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** {@code --debug}: one line per phase on standard error, starting with the time since the JVM started. */
    private PhaseTimes phaseTimes() {
        if (!debug) {
            return PhaseTimes.NONE;
        }
        System.err.printf("contentlint: debug: JVM start to linting: %d ms%n",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        return new PhaseTimes(phase -> System.err.printf("contentlint: debug: %-8s %6d ms%n",
                phase.name(), phase.elapsed().toMillis()));
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
            AtomicFile.write(output, out.toString());
        } else {
            System.out.print(out);
            System.out.flush();
        }
    }

    /** {@code --write-baseline}, {@code --baseline}, then {@code --new-since}: each drops the findings already accepted. */
    /** {@code --write-baseline}: accepts every current finding, so none is reported. */
    private LintResult writeBaselineIfAsked(LintResult result) throws IOException {
        if (writeBaseline == null) {
            return result;
        }
        Baseline accepted = Baseline.of(result.findings());
        AtomicFile.write(writeBaseline, accepted.toJson());
        System.err.println("contentlint: wrote " + accepted.entries().size() + " accepted findings to " + writeBaseline);
        return accepted.filter(result);
    }

    /** {@code --baseline} and {@code --new-since}: drops the findings already accepted or already there. */
    private LintResult onlyWhatIsNew(LintResult result, Linter linter, Config configuration, Path docsRoot) {
        if (writeBaseline == null && baseline != null) {
            result = Baseline.read(baseline).filter(result);
        }
        if (newSince != null) {
            result = new NewFindings(linter, configuration.limits()).since(docsRoot, newSince, result);
        }
        return result;
    }

    /** {@code --report FORMAT=FILE} options, checked before the run so a typo costs nothing. */
    private Map<Reporter, Path> extraReports(Reporters reporters) {
        Map<Reporter, Path> result = new LinkedHashMap<>();
        for (String spec : reports) {
            int equals = spec.indexOf('=');
            if (equals <= 0 || equals == spec.length() - 1) {
                throw new UserError("--report takes FORMAT=FILE (e.g. sarif=contentlint.sarif), not \"" + spec + "\"");
            }
            String name = spec.substring(0, equals);
            Reporter reporter = reporters.forFormat(name, false).orElseThrow(() -> new UserError(
                    "unknown format \"" + name + "\" in --report; use one of " + String.join(", ", reporters.names())));
            result.put(reporter, Path.of(spec.substring(equals + 1)));
        }
        return result;
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

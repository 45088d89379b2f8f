package io.contentlint.cli;

import io.contentlint.core.LintResult;
import io.contentlint.core.fix.Fixer;
import io.contentlint.core.fix.UnifiedDiff;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code --fix} and {@code --fix --dry-run}: applies the exact fixes of a run (or prints them as a
 * unified diff), says on standard error what was fixed and what was refused, and for a real fix
 * checks the tree again so that the report shows what is left.
 */
final class FixStep {
    private final boolean dryRun;
    private final PrintStream out;
    private final PrintStream err;

    FixStep(boolean fix, boolean dryRun, PrintStream out, PrintStream err) {
        if (dryRun && !fix) {
            throw new UserError("--dry-run only goes with --fix (contentlint --fix --dry-run prints the diff)");
        }
        this.dryRun = dryRun;
        this.out = out;
        this.err = err;
    }

    /** The findings left after fixing, or empty for a dry run (the diff is the output). */
    Optional<LintResult> run(Path root, LintResult result, Supplier<LintResult> lintAgain) {
        Fixer.Outcome outcome = new Fixer().apply(root, result.findings(), !dryRun);
        long files = outcome.files().stream().filter(f -> !f.fixed().isEmpty()).count();
        for (Fixer.FileOutcome file : outcome.refused()) {
            err.println("contentlint: not fixed: " + file.path() + ": " + file.refusal());
        }
        if (dryRun) {
            for (Fixer.FileOutcome file : outcome.files()) {
                if (file.refusal() == null && file.patch().changes()) {
                    out.print(UnifiedDiff.of(file.path(), file.patch().before(), file.patch().after()));
                }
            }
            out.flush();
            err.println("contentlint: --dry-run: would fix " + outcome.fixedCount() + " finding(s) in " + files
                    + " file(s); " + (result.findings().size() - outcome.fixedCount()) + " would be left");
            return Optional.empty();
        }
        for (Fixer.FileOutcome file : outcome.files()) {
            if (!file.fixed().isEmpty()) {
                err.println("contentlint: fixed " + file.fixed().size() + " finding(s) in " + file.path());
            }
        }
        LintResult after = lintAgain.get();
        err.println("contentlint: fixed " + outcome.fixedCount() + " finding(s) in " + files + " file(s); "
                + after.findings().size() + " left (reported below)");
        return Optional.of(after);
    }
}

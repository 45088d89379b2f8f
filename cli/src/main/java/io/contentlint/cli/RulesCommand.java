package io.contentlint.cli;

import io.contentlint.core.report.Messages;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.rules.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contentlint rules}: each rule's id, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules: id, default severity, what each checks.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language: en or fr (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--verbose", description = "Also print each rule's full description.")
    boolean verbose;

    @Override
    public Integer call() {
        Messages messages = new Messages(CheckCommand.locale(lang));
        for (Rule rule : RuleRegistry.standard().rules()) {
            System.out.printf("%-18s %-8s %s%n", rule.id(), rule.defaultSeverity().id(),
                    messages.template(rule.messageBundle(), "summary"));
            if (verbose) {
                System.out.printf("%27s%s%n%n", "", messages.template(rule.messageBundle(), "description"));
            }
        }
        return ExitCode.CLEAN;
    }
}

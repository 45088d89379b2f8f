package io.contentlint.core.testing;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Messages;
import io.contentlint.core.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/** Runs the real pipeline on a folder, as the CLI does, in English. */
public final class Lint {
    private Lint() {
    }

    public static LintResult folder(Path root) {
        RuleRegistry registry = RuleRegistry.standard();
        Config config = new ConfigLoader(registry.ids()).load(root, null);
        return new Linter(config, registry, Messages.english()).run(root, List.of());
    }
}

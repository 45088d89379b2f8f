package io.contentlint.core.fuzz;

import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.rules.FindingSink;
import io.contentlint.core.rules.Rule;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.site.Site;
import io.contentlint.core.site.SiteIndexer;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The per-file pipeline the fuzz targets drive: parse bytes as one document of the built-in
 * layout, index it, run every standard rule on it. Unlike {@code Linter}, nothing is caught here:
 * an exception a rule or the reader throws reaches the fuzzer as a crash, with its input.
 */
final class OneDocument {
    private final RuleRegistry registry = RuleRegistry.standard();
    private final Config config = new ConfigLoader(registry.ids()).loadDefault();
    private final DocumentReader reader = new DocumentReader(config);
    private final Messages messages = Messages.english();

    /** The findings of every standard rule on {@code bytes} read as {@code path} of {@code collection}. */
    List<Finding> check(String path, String collection, byte[] bytes) {
        Document document = reader.parse(path, collection, bytes);
        document.skip().filter(s -> s.reason() == Document.Skip.Reason.PARSE_FAILED).ifPresent(s -> {
            throw new AssertionError("the reader failed on this input", s.cause());
        });
        Site site = SiteIndexer.build(config, List.of(document), Set.of(path));
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            if (document.isSkipped() && rule.needsText()) {
                continue;
            }
            rule.check(document, site, new FindingSink(rule, null, document, messages, findings::add));
        }
        int lines = document.source().lines().lineCount();
        for (Finding finding : findings) {
            if (finding.line() < 1 || finding.line() > Math.max(1, lines) || finding.column() < 1) {
                throw new AssertionError("finding outside the file (" + lines + " lines): " + finding);
            }
        }
        return findings;
    }
}

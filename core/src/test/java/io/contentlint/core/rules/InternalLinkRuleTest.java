package io.contentlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.config.Limits;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.site.Site;
import io.contentlint.core.site.SiteIndexer;
import io.contentlint.core.links.DocumentLinks;
import io.contentlint.core.source.CodeRegions;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import io.contentlint.core.source.FrontMatter;
import io.contentlint.core.source.SourceFile;
import io.contentlint.core.source.Suppressions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InternalLinkRuleTest {
    private final RuleRegistry registry = RuleRegistry.standard();
    private final Config config = new ConfigLoader(registry.ids()).loadDefault();

    @Test
    void aFileWhoseLinksCannotBeExtractedIsAnInternalErrorOfThatFileOnly() {
        // the reader keeps an extraction failure (any input flexmark or our extractor chokes on) in the document
        Document broken = new Document("guides", "casse", SourceFile.of("_data/guides/casse.md", new byte[0]),
                FrontMatter.absent(), CodeRegions.NONE, DocumentLinks.failed(new StackOverflowError()), false,
                List.of(), Suppressions.none(), null);
        Document fine = new DocumentReader(Limits.DEFAULT).parse("_data/guides/bon.md", "guides",
                "---\ntitle: Bon\n---\n[absent](/guides/absent)\n".getBytes(StandardCharsets.UTF_8));
        Site site = SiteIndexer.build(config, List.of(broken, fine), Set.of(broken.path(), fine.path()));
        LintResult result = new Linter(config, registry, Messages.english()).check(site, List.of(), List.of(), System.nanoTime());

        assertThat(site.links().of(broken).failure()).isNotNull();
        List<Finding> ours = result.findings().stream()
                .filter(f -> Set.of(Linter.INTERNAL_ERROR, "internal-link", "anchor").contains(f.rule()))
                .toList();
        // the link rules say so as internal errors; none reports a link
        assertThat(ours).filteredOn(f -> f.path().equals(broken.path()))
                .extracting(Finding::rule).isNotEmpty().containsOnly(Linter.INTERNAL_ERROR);
        assertThat(ours).filteredOn(f -> f.path().equals(broken.path()))
                .extracting(Finding::message).anyMatch(m -> m.contains("(rule internal-link:"));
        assertThat(ours).filteredOn(f -> f.path().equals(fine.path()))
                .extracting(Finding::rule, Finding::line).containsExactly(org.assertj.core.groups.Tuple.tuple("internal-link", 4));
    }
}

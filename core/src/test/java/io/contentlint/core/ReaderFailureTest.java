package io.contentlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.rules.RuleRegistry;
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

/** A file our reader failed on is one internal-error finding; the run and the other files go on. */
class ReaderFailureTest {
    private final RuleRegistry registry = RuleRegistry.standard();
    private final Config config = new ConfigLoader(registry.ids()).loadDefault();

    private static Document failedRead(String path) {
        return new Document("guides", "boom", SourceFile.of(path, new byte[0]), FrontMatter.absent(),
                CodeRegions.NONE, DocumentLinks.NONE, false, List.of(), Suppressions.none(),
                new Document.Skip(Document.Skip.Reason.PARSE_FAILED, "java.lang.StackOverflowError", new StackOverflowError()));
    }

    @Test
    void aReaderFailureIsOneInternalErrorAndTheOtherFilesAreChecked() {
        Document boom = failedRead("_data/guides/boom.md");
        Document other = new DocumentReader(config.limits()).parse("_data/guides/other.md", "guides",
                "---\ntitle: a\ntitle: b\n---\n".getBytes(StandardCharsets.UTF_8));
        Site site = SiteIndexer.build(config, List.of(boom, other), Set.of(boom.path(), other.path()));

        LintResult result = new Linter(config, registry, Messages.english()).check(site, List.of(), List.of(), System.nanoTime());

        assertThat(result.findings()).extracting(f -> f.path() + " " + f.rule()).containsExactly(
                "_data/guides/boom.md internal-error", "_data/guides/other.md yaml-syntax");
        assertThat(result.findings().get(0)).extracting(Finding::message).isEqualTo("contentlint failed while reading this file "
                + "(java.lang.StackOverflowError); no rule checked it, the other files were checked. Please report this "
                + "with the file attached; --debug prints the details.");
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Linter.READER);
            assertThat(f.error()).isInstanceOf(StackOverflowError.class);
        });
    }
}

package io.contentlint.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.testing.GitRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewFindingsTest {
    static final String GOOD = "---\ntitle: A guide\ntagline: fine\n---\nBody of the guide, long enough for git to see a rename.\n";
    static final String BROKEN = "---\ntitle: \"unclosed\ntagline: fine\n---\nBody of the guide, long enough for git to see a rename.\n";

    @TempDir
    Path tmp;

    private static LintResult newSince(Path root, String ref) {
        RuleRegistry registry = RuleRegistry.standard();
        Config config = new ConfigLoader(registry.ids()).load(root, null);
        Linter linter = new Linter(config, registry, Messages.english());
        return new NewFindings(linter, config.limits()).since(root, ref, linter.run(root, List.of()));
    }

    @Test
    void onlyFindingsThatDidNotExistAtTheRefAreKept() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"))
                .write("_data/guides/old.md", BROKEN)
                .write("_data/guides/moved-down.md", BROKEN)
                .write("_data/guides/was-fine.md", GOOD)
                .commitAll("two old defects");
        repo.write("_data/guides/moved-down.md", "---\n# a comment line\n# and another\n" + BROKEN.substring(4))
                .write("_data/guides/was-fine.md", BROKEN)
                .write("_data/guides/added.md", BROKEN);

        LintResult result = newSince(repo.dir(), "HEAD");

        assertThat(result.findings()).extracting(Finding::path)
                .containsExactly("_data/guides/added.md", "_data/guides/was-fine.md");
    }

    @Test
    void aRenamedFileKeepsTheIdentityOfItsOldFindings() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"))
                .write("_data/guides/before.md", BROKEN)
                .commitAll("an old defect");
        repo.git("mv", "_data/guides/before.md", "_data/guides/after.md");
        repo.commitAll("rename");

        assertThat(newSince(repo.dir(), "HEAD~1").findings()).isEmpty();
        assertThat(newSince(repo.dir(), "HEAD").findings()).isEmpty();
    }

    @Test
    void aSecondCopyOfAnOldDefectInTheSameFileIsNew() throws IOException {
        String twice = "---\ntitle: A\ntitle: B\ntagline: x\n---\n";
        String thrice = "---\ntitle: A\ntitle: B\ntagline: x\ntitle: C\n---\n";
        GitRepo repo = GitRepo.init(tmp.resolve("repo")).write("_data/guides/g.md", twice).commitAll("one duplicate");
        repo.write("_data/guides/g.md", thrice);

        LintResult result = newSince(repo.dir(), "HEAD");

        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).line()).isEqualTo(5);
    }

    @Test
    void withoutFindingsTheRefIsStillCheckedSoATypoIsNotSilent() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo")).write("_data/guides/g.md", GOOD).commitAll("clean");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> newSince(repo.dir(), "mian"))
                .isInstanceOf(io.contentlint.core.git.GitException.class);
    }
}

package io.contentlint.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.SourceTree;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.testing.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTreeTest {
    static final String GOOD = "---\ntitle: A guide\ntagline: fine\n---\nBody.\n";
    static final String BROKEN = "---\ntitle: \"unclosed\ntagline: fine\n---\nBody.\n";

    @TempDir
    Path tmp;

    private Linter linter(Path root) {
        RuleRegistry registry = RuleRegistry.standard();
        Config config = new ConfigLoader(registry.ids()).load(root, null);
        return new Linter(config, registry, Messages.english());
    }

    @Test
    void aCommitIsLintedAsItWasNotAsTheWorkingTreeIs() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"))
                .write("_data/guides/a.md", BROKEN)
                .write("_data/guides/b.md", GOOD)
                .commitAll("one broken guide");
        LintResult thenOnDisk = linter(repo.dir()).run(repo.dir(), List.of());
        repo.write("_data/guides/a.md", GOOD).write("_data/guides/b.md", BROKEN).write("_data/guides/c.md", BROKEN);

        GitTree tree = GitTree.at(repo.dir(), "HEAD", limits(repo.dir()));
        LintResult atHead = linter(repo.dir()).run(tree, List.of());
        LintResult now = linter(repo.dir()).run(SourceTree.disk(repo.dir()), List.of());

        assertThat(tree.files()).containsExactly("_data/guides/a.md", "_data/guides/b.md");
        assertThat(atHead.findings()).isEqualTo(thenOnDisk.findings());
        assertThat(atHead.findings()).extracting(Finding::path).containsExactly("_data/guides/a.md");
        assertThat(now.findings()).extracting(Finding::path).containsExactly("_data/guides/b.md", "_data/guides/c.md");
        assertThat(tree.commit()).matches("[0-9a-f]{40}");
    }

    @Test
    void aDocsRootBelowTheRepositoryRootSeesOnlyItsOwnFilesWithRelativePaths() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"))
                .write("docs/_data/guides/a.md", BROKEN)
                .write("other/_data/guides/x.md", BROKEN)
                .write("README.md", "# project\n")
                .commitAll("docs in a sub-folder");
        Path docs = repo.dir().resolve("docs");

        GitTree tree = GitTree.at(docs, "HEAD", limits(docs));

        assertThat(tree.files()).containsExactly("_data/guides/a.md");
        assertThat(linter(docs).run(tree, List.of()).findings()).extracting(Finding::path)
                .containsExactly("_data/guides/a.md");
    }

    @Test
    void linksAndSkippedFoldersAreLeftOutLikeOnDisk() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"))
                .write("_data/guides/a.md", GOOD)
                .write("node_modules/pkg/_data/guides/z.md", BROKEN);
        Files.createSymbolicLink(repo.dir().resolve("_data/guides/link.md"), Path.of("a.md"));
        repo.commitAll("a link and a dependency folder");

        GitTree tree = GitTree.at(repo.dir(), "HEAD", limits(repo.dir()));

        assertThat(tree.files()).isEqualTo(SourceTree.disk(repo.dir()).files()).containsExactly("_data/guides/a.md");
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedWithoutReadingIt() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"))
                .write("contentlint.yml", "collections:\n  guides:\n    glob: \"_data/guides/*.md\"\n    front-matter: required\nlimits:\n  max-file-bytes: 40\n")
                .write("_data/guides/big.md", BROKEN + "x".repeat(100) + "\n")
                .commitAll("a big file");

        LintResult result = linter(repo.dir()).run(GitTree.at(repo.dir(), "HEAD", limits(repo.dir())), List.of());

        assertThat(result.findings()).extracting(Finding::rule).containsExactly("unreadable-file");
    }

    @Test
    void aRefThatNamesNoCommitIsAOneLineError() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo")).write("_data/guides/a.md", GOOD).commitAll("one");

        assertThatThrownBy(() -> GitTree.at(repo.dir(), "no-such-branch", limits(repo.dir())))
                .isInstanceOf(GitException.class)
                .hasMessageContaining("\"no-such-branch\" names no commit")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> GitTree.at(repo.dir(), "--output=x", limits(repo.dir())))
                .isInstanceOf(GitException.class).hasMessageContaining("is not a git ref");
    }

    @Test
    void aFolderOutsideAnyRepositoryIsAOneLineError() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));

        assertThatThrownBy(() -> GitTree.at(plain, "HEAD", limits(plain)))
                .isInstanceOf(GitException.class)
                .hasMessageContaining("is not inside a git repository");
    }

    @Test
    void renamesBetweenACommitAndTheWorkingTreeAreFound() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"))
                .write("_data/guides/old-name.md", BROKEN + "Some body text that makes the rename detectable.\n")
                .write("_data/guides/b.md", GOOD)
                .commitAll("one");
        repo.git("mv", "_data/guides/old-name.md", "_data/guides/new-name.md");

        assertThat(new Git(repo.dir()).renames("HEAD"))
                .containsExactly(java.util.Map.entry("_data/guides/old-name.md", "_data/guides/new-name.md"));
    }

    private static io.contentlint.core.config.Limits limits(Path root) {
        return new ConfigLoader(RuleRegistry.standard().ids()).load(root, null).limits();
    }
}

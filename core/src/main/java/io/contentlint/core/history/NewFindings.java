package io.contentlint.core.history;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Limits;
import io.contentlint.core.git.Git;
import io.contentlint.core.git.GitException;
import io.contentlint.core.git.GitTree;
import io.contentlint.core.report.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --new-since GIT_REF}: lints the docs root as it was at the ref (read from git, no
 * checkout) with the same configuration and rules, and keeps only the current findings that did
 * not exist then. Unlike a list of changed files this catches the guide nobody touched that a
 * renamed API title broke. A file renamed since the ref ({@code git diff -M}) keeps the identity
 * of its old findings.
 */
public final class NewFindings {
    private final Linter linter;
    private final Limits limits;

    /** @param linter the linter of the current run (same configuration, rules and language) */
    public NewFindings(Linter linter, Limits limits) {
        this.linter = linter;
        this.limits = limits;
    }

    /**
     * The findings of {@code current} (a run of {@code root} as it is on disk) that are new since
     * {@code gitRef}. Throws {@link GitException} when git is missing, {@code root} is not in a
     * repository or the ref names no commit.
     */
    public LintResult since(Path root, String gitRef, LintResult current) {
        long start = System.nanoTime();
        Git git = new Git(root);
        GitTree tree = GitTree.at(root, gitRef, limits);
        if (current.findings().isEmpty()) {
            return current;
        }
        Map<String, String> renamed = git.renames(tree.commit());
        Map<String, String> oldPathOf = new HashMap<>();
        renamed.forEach((oldPath, newPath) -> oldPathOf.put(newPath, oldPath));
        Set<String> oldPaths = new LinkedHashSet<>();
        for (Finding finding : current.findings()) {
            oldPaths.add(oldPathOf.getOrDefault(finding.path(), finding.path()));
        }
        LintResult before = linter.run(tree, oldPaths);
        List<String> known = new ArrayList<>();
        for (Finding old : before.findings()) {
            String path = renamed.getOrDefault(old.path(), old.path());
            known.add(Fingerprint.of(old.rule(), path, old.message()));
        }
        List<Finding> fresh = Fingerprint.unmatched(current.findings(), known);
        return new LintResult(fresh, current.filesChecked(), current.warnings(), current.failures(),
                current.elapsed().plus(Duration.ofNanos(System.nanoTime() - start)));
    }
}

package io.contentlint.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.report.Finding;
import io.contentlint.core.report.Messages;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.testing.Corpus;
import io.contentlint.core.testing.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demonstration on the real catalogue, in a throw-away repository made from a copy of
 * the corpus (in a temporary folder, never in the project). A first commit already has a defect;
 * a second one breaks another guide's YAML, adds lines above the old defect and renames the title
 * of an API that guides reference. {@code --new-since HEAD~1} must report the new YAML error, and
 * (once the {@code reference} rule is registered) exactly the guides and services that name the
 * old title; nothing that existed before.
 */
class NewFindingsCorpusTest {
    static final String API = "_data/api/sirene_v3.md";
    static final String OLD_TITLE = "API Sirene";
    static final String OLD_DEFECT = "_data/guides/aides-facultatives-scolarite.md";
    static final String NEW_DEFECT = "_data/guides/authentification.md";

    @TempDir
    Path tmp;

    @Test
    void onlyTheFindingsTheLastCommitCausedAreReported() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("api.gouv.fr"));
        Corpus.copyApiGouvFrTo(repo.dir());
        breakYaml(repo, OLD_DEFECT);
        repo.commitAll("the corpus with one old defect");

        repo.write(OLD_DEFECT, repo.read(OLD_DEFECT).replaceFirst("---\n", "---\n# two lines added above\n# the old defect\n"));
        breakYaml(repo, NEW_DEFECT);
        String api = repo.read(API);
        assertThat(api).contains("\ntitle: " + OLD_TITLE + "\n");
        repo.write(API, api.replace("\ntitle: " + OLD_TITLE + "\n", "\ntitle: " + OLD_TITLE + " (Insee)\n"));
        repo.commitAll("rename an API title and break a guide");

        RuleRegistry registry = RuleRegistry.standard();
        Config config = new ConfigLoader(registry.ids()).load(repo.dir(), null);
        Linter linter = new Linter(config, registry, Messages.english());
        LintResult all = linter.run(repo.dir(), List.of());
        LintResult fresh = new NewFindings(linter, config.limits()).since(repo.dir(), "HEAD~1", all);

        assertThat(all.findings()).extracting(Finding::path).contains(OLD_DEFECT, NEW_DEFECT);
        assertThat(fresh.findings()).filteredOn(f -> f.rule().equals("yaml-syntax"))
                .extracting(Finding::path).containsExactly(NEW_DEFECT);
        Set<String> referencing = filesNaming(repo.dir(), OLD_TITLE);
        assertThat(referencing).hasSizeGreaterThanOrEqualTo(4);
        if (registry.rule("reference").isPresent()) {
            assertThat(fresh.findings()).filteredOn(f -> f.rule().equals("reference"))
                    .allSatisfy(f -> assertThat(f.message()).contains("\"" + OLD_TITLE + "\""))
                    .extracting(Finding::path).containsExactlyInAnyOrderElementsOf(referencing);
            assertThat(fresh.findings()).allMatch(f -> f.rule().equals("yaml-syntax") || f.rule().equals("reference"));
        } else {
            assertThat(fresh.findings()).extracting(Finding::rule).containsOnly("yaml-syntax");
        }
    }

    /** An unclosed quote on the title line. */
    private static void breakYaml(GitRepo repo, String path) throws IOException {
        String text = repo.read(path);
        assertThat(text).contains("\ntitle: ");
        repo.write(path, text.replaceFirst("\ntitle: ", "\ntitle: \""));
    }

    /** Guides and services whose {@code api} list names the title exactly. */
    private static Set<String> filesNaming(Path root, String title) throws IOException {
        Pattern item = Pattern.compile("(?m)^\\s*-\\s*[\"']?" + Pattern.quote(title) + "[\"']?\\s*$");
        Set<String> result = new TreeSet<>();
        for (String folder : List.of("_data/guides", "_data/service")) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    String relative = folder + "/" + file.getFileName();
                    if (!relative.equals(NEW_DEFECT) && item.matcher(Files.readString(file)).find()) {
                        result.add(relative);
                    }
                }
            }
        }
        return result;
    }
}

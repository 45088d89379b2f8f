package io.contentlint.cli;

import io.contentlint.core.testing.GitRepo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report}, {@code --format sarif|github|checkstyle}, {@code --new-since}, {@code --baseline}: the CLI wiring. */
class CiOptionsTest {
    static final String GOOD = "---\ntitle: A guide\ntagline: fine\n---\nBody of the guide.\n";
    static final String BROKEN = "---\ntitle: \"unclosed\ntagline: fine\n---\nBody of the guide.\n";

    @TempDir
    Path tmp;
    GitRepo repo;
    String root;

    @BeforeEach
    void repository() throws IOException, InterruptedException {
        repo = GitRepo.init(tmp.resolve("docs"))
                .write("_data/guides/old.md", BROKEN)
                .write("_data/guides/good.md", GOOD);
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "one old defect");
        root = repo.dir().toString();
    }

    @Test
    void severalReportsAreWrittenWhileTheTextGoesToTheTerminal() throws IOException {
        Path sarif = tmp.resolve("out/contentlint.sarif");
        Path checkstyle = tmp.resolve("out/checkstyle.xml");
        Path github = tmp.resolve("out/github.txt");

        Cli cli = Cli.run(root, "--no-color", "--report", "sarif=" + sarif, "--report", "checkstyle=" + checkstyle,
                "--report", "github=" + github);

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).startsWith("_data/guides/old.md:2:8: error: ").contains("[yaml-syntax]");
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"").contains("\"uri\" : \"_data/guides/old.md\"");
        assertThat(Files.readString(checkstyle)).contains("<file name=\"_data/guides/old.md\">");
        assertThat(Files.readString(github)).startsWith("::error file=_data/guides/old.md,line=2,col=8,title=contentlint yaml-syntax::");
        assertThat(Files.list(tmp.resolve("out"))).hasSize(3);
    }

    @Test
    void eachFormatCanBeTheMainReport() {
        assertThat(Cli.run(root, "--format", "github").out()).startsWith("::error file=_data/guides/old.md");
        assertThat(Cli.run(root, "--format", "checkstyle").out()).startsWith("<?xml");
        assertThat(Cli.run(root, "--format", "sarif").out()).contains("\"ruleId\" : \"yaml-syntax\"");
    }

    @Test
    void aBadReportOptionIsAOneLineUsageErrorBeforeAnyWork() {
        Cli unknown = Cli.run(root, "--report", "html=x.html");
        Cli noFile = Cli.run(root, "--report", "sarif");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo(
                "contentlint: unknown format \"html\" in --report; use one of text, json, sarif, github, checkstyle");
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err().strip()).startsWith("contentlint: --report takes FORMAT=FILE").doesNotContain("\n");
        assertThat(tmp.resolve("x.html")).doesNotExist();
    }

    @Test
    void newSinceReportsOnlyWhatTheWorkingTreeAdded() throws IOException {
        repo.write("_data/guides/new.md", BROKEN);

        Cli cli = Cli.run(root, "--no-color", "--new-since", "HEAD");

        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out().lines().filter(l -> l.contains("[yaml-syntax]")))
                .singleElement().asString().startsWith("_data/guides/new.md:2:8:");
    }

    @Test
    void aRefThatDoesNotExistIsAOneLineError() {
        Cli cli = Cli.run(root, "--new-since", "origin/main");

        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err().strip()).startsWith("contentlint: \"origin/main\" names no commit").doesNotContain("\n");
    }

    @Test
    void aWrittenBaselineAcceptsTodaysFindingsAndTheNextRunFailsOnlyOnNewOnes() throws IOException {
        Path baseline = repo.dir().resolve("contentlint-baseline.json");

        Cli write = Cli.run(root, "--write-baseline", baseline.toString());
        Cli accepted = Cli.run(root, "--baseline", baseline.toString());
        repo.write("_data/guides/new.md", BROKEN);
        Cli added = Cli.run(root, "--no-color", "--baseline", baseline.toString());

        assertThat(write.exit()).isZero();
        assertThat(write.err()).contains("wrote 1 accepted findings to");
        assertThat(Files.readString(baseline)).contains("\"path\" : \"_data/guides/old.md\"");
        assertThat(accepted.exit()).isZero();
        assertThat(added.exit()).isEqualTo(1);
        assertThat(added.out()).contains("_data/guides/new.md:2:8:").doesNotContain("old.md");
    }

    @Test
    void aBaselineWithFileArgumentsOrABrokenBaselineIsAUsageError() throws IOException {
        Files.writeString(tmp.resolve("bad.json"), "{}");

        Cli partial = Cli.run("--root", root, repo.dir().resolve("_data/guides/old.md").toString(),
                "--write-baseline", tmp.resolve("b.json").toString());
        Cli broken = Cli.run(root, "--baseline", tmp.resolve("bad.json").toString());

        assertThat(partial.exit()).isEqualTo(2);
        assertThat(partial.err()).contains("--write-baseline needs the whole docs root");
        assertThat(tmp.resolve("b.json")).doesNotExist();
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("is not a contentlint baseline");
    }
}

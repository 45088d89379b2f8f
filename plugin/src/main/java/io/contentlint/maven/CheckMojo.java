package io.contentlint.maven;

import io.contentlint.core.LintResult;
import io.contentlint.core.Linter;
import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigException;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.git.GitException;
import io.contentlint.core.history.Baseline;
import io.contentlint.core.history.BaselineException;
import io.contentlint.core.history.NewFindings;
import io.contentlint.core.report.Messages;
import io.contentlint.core.report.Severity;
import io.contentlint.core.rules.RuleRegistry;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the documentation of this project with contentlint: front matter, references between
 * documents, internal links and anchors, encoding. Findings go to the build log, one line each;
 * findings at or above {@code failOn} fail the build. Same engine and same {@code contentlint.yml}
 * as the command line, so both report the same findings.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {

    /** Skip the check (the build goes on as if the plugin were not there). */
    @Parameter(property = "contentlint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The configuration file. When not set: {@code contentlint.yml} in the project directory if
     * there is one, else {@code contentlint.yml} in {@code root}, else the built-in default (the
     * api.gouv.fr layout).
     */
    @Parameter(property = "contentlint.config")
    private File configFile;

    /** The docs root: the directory whose files are checked; paths in findings are relative to it. */
    @Parameter(property = "contentlint.root", defaultValue = "${project.basedir}")
    private File root;

    /**
     * Fail the build on findings at this level or above: {@code error}, {@code warning} or
     * {@code never} (findings are still logged).
     */
    @Parameter(property = "contentlint.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Report files to write, by format name: any format of the command line's {@code --format}
     * ({@code json}, {@code text}, ...). Each is written to
     * {@code target/contentlint/contentlint.EXT} where EXT is the format's name ({@code txt} for
     * text, {@code xml} for checkstyle). None by default; on the command line, comma-separated:
     * {@code -Dcontentlint.formats=json,text}.
     */
    @Parameter(property = "contentlint.formats")
    private List<String> formats;

    /**
     * Report only findings that did not exist at this git ref (a branch, tag or commit): the ref's
     * files are read straight from git, linted, and compared by a fingerprint that survives line
     * shifts. Catches the guide that a renamed API title broke without the guide being touched.
     */
    @Parameter(property = "contentlint.newSince")
    private String newSince;

    /**
     * A baseline file (written by {@code contentlint --write-baseline FILE}): findings it lists are
     * accepted and not reported, so a repository with old defects fails only on new ones.
     */
    @Parameter(property = "contentlint.baseline")
    private File baseline;

    /** Where the report files go. */
    @Parameter(defaultValue = "${project.build.directory}/contentlint", readonly = true)
    private File reportDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    /** Where {@code mvn} was started: finding paths are shown from there, so they stay clickable in a reactor. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contentlint: skipped (contentlint.skip)");
            return;
        }
        Severity threshold = FailOn.parse(failOn);
        Messages messages = new Messages(Locale.ENGLISH);
        ReportFiles reports = ReportFiles.of(formats, messages, reportDirectory.toPath());
        Path docsRoot = docsRoot();
        RuleRegistry registry = RuleRegistry.standard();
        LintResult result;
        try {
            Config config = new ConfigLoader(registry.ids()).load(docsRoot, explicitConfig());
            getLog().info("contentlint: checking " + docsRoot + " with " + config.source());
            Linter linter = new Linter(config, registry, messages);
            result = linter.run(docsRoot, List.of());
            if (newSince != null && !newSince.isBlank()) {
                result = new NewFindings(linter, config.limits()).since(docsRoot, newSince.trim(), result);
            }
            if (baseline != null) {
                result = Baseline.read(baseline.toPath()).filter(result);
            }
        } catch (ConfigException | GitException | BaselineException e) {
            throw new MojoExecutionException("contentlint: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("contentlint: " + e.getMessage() + " (" + e.getCause().getMessage() + ")", e);
        }
        FindingLog log = new FindingLog(getLog(), messages, displayPrefix(docsRoot));
        log.write(result);
        try {
            for (Path written : reports.write(result)) {
                getLog().info("contentlint: report written to " + written);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("contentlint: cannot write the report to " + reportDirectory + " (" + e + ")", e);
        }
        if (result.fails(threshold)) {
            throw new MojoFailureException("contentlint found " + log.counts(result) + " (failOn=" + failOn.trim()
                    + "); fix the findings listed above, or set failOn (-Dcontentlint.failOn=never) to report them only");
        }
    }

    private Path docsRoot() throws MojoExecutionException {
        if (!root.isDirectory()) {
            throw new MojoExecutionException("contentlint: the docs root " + root
                    + " is not a directory; set <root> to the folder holding the docs");
        }
        return root.toPath().toAbsolutePath().normalize();
    }

    /** {@code configFile}, else the project's own {@code contentlint.yml}; null lets core look in the root, then use its default. */
    private Path explicitConfig() {
        if (configFile != null) {
            return configFile.toPath();
        }
        Path inProject = baseDirectory.toPath().resolve(ConfigLoader.FILE_NAME);
        return Files.isRegularFile(inProject) ? inProject : null;
    }

    /** The root as seen from where mvn was started ("" when they are the same), with a trailing "/". */
    private String displayPrefix(Path docsRoot) {
        if (executionRoot == null) {
            return "";
        }
        Path start = executionRoot.toPath().toAbsolutePath().normalize();
        if (!docsRoot.startsWith(start)) {
            return docsRoot + "/";
        }
        String relative = start.relativize(docsRoot).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
    }
}

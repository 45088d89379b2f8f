package io.contentlint.maven;

import io.contentlint.core.fix.AtomicFile;
import io.contentlint.core.LintResult;
import io.contentlint.core.report.Messages;
import io.contentlint.core.report.Reporter;
import io.contentlint.core.report.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code formats} parameter: one report file per format, {@code contentlint.<ext>} in the
 * report directory. Formats are whatever core's {@link Reporters} knows, so a format added there
 * is available here without a change.
 */
final class ReportFiles {
    /** Extensions tools expect; any other format's extension is its name ({@code json}, {@code sarif}). */
    private static final Map<String, String> EXTENSIONS = Map.of("text", "txt", "checkstyle", "xml");

    private final Map<String, Reporter> reporters;
    private final Path directory;

    private ReportFiles(Map<String, Reporter> reporters, Path directory) {
        this.reporters = reporters;
        this.directory = directory;
    }

    /** Checks every name before anything runs: a typo in the POM is a configuration error, not a missing file later. */
    static ReportFiles of(List<String> formats, Messages messages, Path directory) throws MojoExecutionException {
        Reporters registry = new Reporters(messages);
        Map<String, Reporter> chosen = new LinkedHashMap<>();
        for (String raw : formats == null ? List.<String>of() : formats) {
            String name = raw == null ? "" : raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            Reporter reporter = registry.forFormat(name, false).orElseThrow(() -> new MojoExecutionException(
                    "contentlint: unknown format \"" + name + "\" in formats; use one of " + String.join(", ", registry.names())));
            chosen.put(name, reporter);
        }
        return new ReportFiles(chosen, directory);
    }

    /** Writes each report through a temporary file, so a reader never sees half a report. */
    List<Path> write(LintResult result) throws IOException {
        List<Path> written = new ArrayList<>();
        if (reporters.isEmpty()) {
            return written;
        }
        Files.createDirectories(directory);
        for (Map.Entry<String, Reporter> entry : reporters.entrySet()) {
            StringBuilder out = new StringBuilder();
            entry.getValue().write(result, out);
            Path target = directory.resolve("contentlint." + EXTENSIONS.getOrDefault(entry.getKey(), entry.getKey()));
            AtomicFile.write(target, out.toString());
            written.add(target);
        }
        return written;
    }
}

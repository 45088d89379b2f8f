package io.contentlint.core.fix;

import io.contentlint.core.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Applies the exact fixes of a run's findings to the files under a docs root, or (dry run)
 * only computes them. A file is refused, untouched, when its bytes are no longer those the
 * findings were computed from.
 */
public final class Fixer {

    /** What happened to one file. {@code refusal} is null when the file was fixed (or would be). */
    public record FileOutcome(String path, FilePatch patch, String refusal) {
        public List<Finding> fixed() {
            return refusal == null && patch != null ? patch.applied() : List.of();
        }
    }

    /** Every file that had fixes, in path order. */
    public record Outcome(List<FileOutcome> files) {
        public Outcome {
            files = List.copyOf(files);
        }

        public int fixedCount() {
            return files.stream().mapToInt(f -> f.fixed().size()).sum();
        }

        public List<FileOutcome> refused() {
            return files.stream().filter(f -> f.refusal() != null).toList();
        }
    }

    /** @param write false for a dry run: compute the patches, write nothing */
    public Outcome apply(Path root, List<Finding> findings, boolean write) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.fix() != null) {
                byFile.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
            }
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
            outcomes.add(fixFile(root, entry.getKey(), entry.getValue(), write));
        }
        return new Outcome(outcomes);
    }

    private static FileOutcome fixFile(Path root, String path, List<Finding> findings, boolean write) {
        Path file = root.resolve(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new FileOutcome(path, null, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String fingerprint = Fingerprint.of(bytes);
        boolean stale = findings.stream().map(f -> f.fix().sourceFingerprint())
                .anyMatch(expected -> expected != null && !Objects.equals(expected, fingerprint));
        if (stale) {
            return new FileOutcome(path, null, "changed since it was checked; run contentlint again");
        }
        FilePatch patch = FilePatch.apply(bytes, findings);
        if (write && patch.changes()) {
            try {
                AtomicFile.replace(file, bytes, patch.after());
            } catch (AtomicFile.ReadOnly e) {
                return new FileOutcome(path, patch, "is read-only; it was left unchanged");
            } catch (AtomicFile.ChangedOnDisk e) {
                return new FileOutcome(path, patch, "changed while it was being fixed; run contentlint again");
            } catch (IOException e) {
                return new FileOutcome(path, patch, "cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
        return new FileOutcome(path, patch, null);
    }
}

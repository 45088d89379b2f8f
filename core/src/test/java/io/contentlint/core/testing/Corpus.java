package io.contentlint.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared real corpus beside the checkout ({@code ../shared/corpus}); tests skip when it is absent. */
public final class Corpus {
    private Corpus() {
    }

    /** The shared corpus folder, found from the module or the project directory. */
    public static Path folder() {
        for (Path candidate : new Path[] {Path.of("../../shared/corpus"), Path.of("../shared/corpus")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "skipped: the shared corpus (../shared/corpus beside the checkout) is absent");
        return null;
    }

    /** The api.gouv.fr snapshot, or the test is skipped with a message. */
    public static Path apiGouvFr() {
        Path root = folder().resolve("api-gouv-fr");
        assumeTrue(Files.isDirectory(root), "skipped: " + root + " is absent");
        return root;
    }

    /**
     * Copies the api.gouv.fr snapshot into {@code target} (a test's temporary folder: the shared
     * corpus is read-only and never copied into the project), with writable files, and returns it.
     */
    public static Path copyApiGouvFrTo(Path target) throws IOException {
        Path source = apiGouvFr();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(source)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path copy = target.resolve(source.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(path, copy);
                copy.toFile().setWritable(true);
            }
        }
        return target;
    }
}

package io.contentlint.core.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a path from the configuration stays inside the docs root once {@code .} and
 * {@code ..} are resolved. Pure text: nothing is looked up on disk (readers of those paths still
 * check the real path, which a symbolic link could move).
 */
final class RootRelative {
    private RootRelative() {
    }

    /** Why {@code path} cannot be used as a path under the root, or empty when it can. */
    static Optional<String> problem(String path) {
        Path parsed;
        try {
            parsed = Path.of(path);
        } catch (InvalidPathException e) {
            return Optional.of("is not a valid path");
        }
        if (parsed.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
            return Optional.of("is an absolute path; give a path relative to the docs root");
        }
        Path normalized = parsed.normalize();
        if (normalized.startsWith("..")) {
            return Optional.of("leads outside the docs root; contentlint only reads files of the repository");
        }
        return Optional.empty();
    }
}

package io.contentlint.core;

import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files a run lints: the working directory on disk, or a git commit read straight from the
 * object database (for {@code --new-since}). Only the tree knows where bytes come from; the rest
 * of the pipeline is the same for both.
 */
public interface SourceTree {

    /** The docs root on disk; configuration and schemas named in it are read from here. */
    Path root();

    /** Repo-relative paths with {@code /} separators, sorted. */
    List<String> files() throws IOException;

    /** Reads and parses the given files (path to collection); I/O problems become skipped documents. */
    List<Document> read(DocumentReader reader, Map<String, String> collectionOf);

    static SourceTree disk(Path root) {
        return new DiskTree(root.toAbsolutePath().normalize());
    }
}

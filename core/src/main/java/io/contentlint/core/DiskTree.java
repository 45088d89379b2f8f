package io.contentlint.core;

import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The files under a directory, as they are on disk now. */
record DiskTree(Path root) implements SourceTree {

    @Override
    public List<String> files() throws IOException {
        return Discovery.files(root);
    }

    @Override
    public List<Document> read(DocumentReader reader, Map<String, String> collectionOf) {
        return collectionOf.entrySet().parallelStream()
                .map(e -> reader.read(root, e.getKey(), e.getValue()))
                .toList();
    }
}

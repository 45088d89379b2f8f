package io.contentlint.core.testing;

import io.contentlint.core.config.Config;
import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.rules.RuleRegistry;
import io.contentlint.core.site.Site;
import io.contentlint.core.site.SiteIndexer;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Builds the site index of a folder with its configuration (or the built-in one), for tests of the index itself. */
public final class Sites {
    private Sites() {
    }

    public static Site of(Path root) {
        Config config = new ConfigLoader(RuleRegistry.standard().ids()).load(root, null);
        Set<String> files = new HashSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(root.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentReader reader = new DocumentReader(config);
        List<Document> documents = new ArrayList<>();
        for (String file : files) {
            config.collections().values().stream()
                    .filter(c -> root.getFileSystem().getPathMatcher("glob:" + c.glob()).matches(Path.of(file)))
                    .findFirst()
                    .ifPresent(c -> documents.add(reader.read(root, file, c.name())));
        }
        return SiteIndexer.build(config, documents, files);
    }
}

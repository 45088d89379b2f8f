package io.contentlint.core.config;

import java.util.List;

/**
 * A front matter value that names something else. {@code field} is a path in the source
 * collection's front matter ({@code api[]}, {@code access_page[].who[]}). The target is either a
 * collection ({@code targetKey} is a field of it, or null for the slug) or files
 * ({@code files}: templates under the root where {@code {value}} is the value). With
 * {@code freeText}, a value that matches nothing is allowed unless it is one edit away from a
 * target (a probable typo), which is a warning.
 */
public record ReferenceConfig(
        String collection,
        String field,
        String targetCollection,
        String targetKey,
        List<String> files,
        boolean freeText) {

    public ReferenceConfig {
        files = List.copyOf(files);
    }

    public boolean targetsFiles() {
        return !files.isEmpty();
    }
}

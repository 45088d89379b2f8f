package io.contentlint.core.config;

import java.util.List;

/**
 * A set of documents sharing one layout: the files {@code glob} matches (relative to the root),
 * the JSON Schema of their front matter, the site routes each one gets ({@code {slug}} is the file
 * name without extension), the front matter field other documents use to name one ({@code key};
 * null when they use the slug), and the front matter fields that hold Markdown.
 */
public record CollectionConfig(
        String name,
        String glob,
        String schema,
        List<String> routes,
        String key,
        boolean frontMatterRequired,
        List<String> markdownFields) {

    public CollectionConfig {
        routes = List.copyOf(routes);
        markdownFields = List.copyOf(markdownFields);
    }
}

package io.contentlint.core.config;

import io.contentlint.core.report.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a run is told about a repository: its collections, the references between them, the
 * site layout, per-rule severities, excluded paths and limits. {@code source} names where it came
 * from (a file, or the built-in default) for messages.
 */
public record Config(
        String source,
        Map<String, CollectionConfig> collections,
        List<ReferenceConfig> references,
        SiteConfig site,
        Map<String, Severity> severities,
        List<String> exclude,
        Limits limits) {

    public Config {
        collections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(collections));
        references = List.copyOf(references);
        severities = Map.copyOf(severities);
        exclude = List.copyOf(exclude);
    }

    public Optional<CollectionConfig> collection(String name) {
        return Optional.ofNullable(collections.get(name));
    }
}

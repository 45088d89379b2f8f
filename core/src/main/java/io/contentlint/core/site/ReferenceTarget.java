package io.contentlint.core.site;

import io.contentlint.core.config.ReferenceConfig;
import io.contentlint.core.match.ClosestMatch;
import io.contentlint.core.source.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a configured reference may name: the documents of {@code collection} by the value of their
 * field {@code key} (or by slug when it is null), or the files the path templates {@code files}
 * give ({@code {value}} is the value). References with the same target share one record, hence
 * one did-you-mean matcher per run ({@link Site#matcher}).
 */
public record ReferenceTarget(String collection, String key, List<String> files) {
    public static final String VALUE = "{value}";

    public ReferenceTarget {
        files = List.copyOf(files);
    }

    public static ReferenceTarget of(ReferenceConfig reference) {
        return reference.targetsFiles()
                ? new ReferenceTarget(null, null, reference.files())
                : new ReferenceTarget(reference.targetCollection(), reference.targetKey(), List.of());
    }

    public boolean isFiles() {
        return !files.isEmpty();
    }

    /** Whether {@code value} names something that exists: a document, or every templated file. */
    public boolean exists(Site site, String value) {
        if (isFiles()) {
            return missingFiles(site, value).isEmpty();
        }
        return key == null ? site.bySlug(collection).containsKey(value) : site.byKey(collection, key).containsKey(value);
    }

    /** The templated paths for {@code value} that are not files of the repository, in template order. */
    public List<String> missingFiles(Site site, String value) {
        List<String> missing = new ArrayList<>();
        for (String template : files) {
            String path = expand(template, value);
            if (!site.fileExists(path)) {
                missing.add(path);
            }
        }
        return missing;
    }

    public static String expand(String template, String value) {
        return template.replace(VALUE, value);
    }

    /**
     * The matcher over every value that would resolve. An API title also goes by the slug of its
     * file ("API La bonne alternance" was written from {@code api-la-bonne-alternance.md}, whose
     * title is "API Alternance"). For files, the values whose every templated file exists: a
     * guide image must have its {@code thumbnail_} too, so only such names are suggested.
     */
    ClosestMatch matcher(Site site) {
        if (isFiles()) {
            return new ClosestMatch(valuesWithEveryFile(site));
        }
        if (key == null) {
            return new ClosestMatch(site.bySlug(collection).keySet().stream().sorted().toList());
        }
        Map<String, List<String>> slugsByKey = new LinkedHashMap<>();
        site.byKey(collection, key).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> slugsByKey.put(e.getKey(), e.getValue().stream().map(Document::slug).toList()));
        return ClosestMatch.withAliases(slugsByKey);
    }

    private Collection<String> valuesWithEveryFile(Site site) {
        String first = files.get(0);
        int at = first.indexOf(VALUE);
        String prefix = first.substring(0, at);
        String suffix = first.substring(at + VALUE.length());
        Set<String> values = new LinkedHashSet<>();
        site.files().stream().sorted().forEach(file -> {
            if (file.length() > prefix.length() + suffix.length() && file.startsWith(prefix) && file.endsWith(suffix)) {
                String value = file.substring(prefix.length(), file.length() - suffix.length());
                if (missingFiles(site, value).isEmpty()) {
                    values.add(value);
                }
            }
        });
        return values;
    }
}

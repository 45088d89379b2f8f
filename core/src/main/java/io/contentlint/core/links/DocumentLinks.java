package io.contentlint.core.links;

import java.util.List;
import java.util.Set;

/**
 * What one document contributes to link checking, extracted once: its links in page order, and
 * the explicit {@code id="..."} attributes of its tags (anchors a fragment may name besides the
 * heading ids).
 */
public record DocumentLinks(List<Link> links, Set<String> explicitIds) {
    public static final DocumentLinks NONE = new DocumentLinks(List.of(), Set.of());

    public DocumentLinks {
        links = List.copyOf(links);
        explicitIds = Set.copyOf(explicitIds);
    }
}

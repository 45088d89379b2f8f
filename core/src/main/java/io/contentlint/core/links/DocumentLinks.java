package io.contentlint.core.links;

import java.util.List;
import java.util.Set;

/**
 * What one document contributes to link checking, extracted once: its links in page order, and
 * the explicit {@code id="..."} attributes of its tags (anchors a fragment may name besides the
 * heading ids). {@code failure} is set when extraction itself failed (a parser bug on odd input):
 * the index is still built for every other file, and {@code internal-link} turns it into a
 * finding for this one.
 */
public record DocumentLinks(List<Link> links, Set<String> explicitIds, Throwable failure) {
    public static final DocumentLinks NONE = new DocumentLinks(List.of(), Set.of(), null);

    public DocumentLinks(List<Link> links, Set<String> explicitIds) {
        this(links, explicitIds, null);
    }

    public static DocumentLinks failed(Throwable failure) {
        return new DocumentLinks(List.of(), Set.of(), failure);
    }

    public DocumentLinks {
        links = List.copyOf(links);
        explicitIds = Set.copyOf(explicitIds);
    }
}

package io.contentlint.core.links;

import io.contentlint.core.source.Position;

/**
 * One link as written in a document: the URL text exactly as the author typed it (not decoded),
 * where it starts in the file, the syntax that made it a link, and whether it sits in a front
 * matter field rather than in the body (same-page fragments there name a page we cannot see).
 */
public record Link(String url, Position position, Kind kind, boolean inFrontMatter) {

    public enum Kind {
        /** {@code [text](url)} */
        INLINE,
        /** {@code ![alt](url)} */
        IMAGE,
        /** {@code [label]: url} */
        REFERENCE_DEFINITION,
        /** {@code <https://...>} */
        AUTOLINK,
        /** {@code href} or {@code src} of an HTML or JSX tag */
        HTML_ATTRIBUTE
    }
}

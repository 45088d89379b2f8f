package io.contentlint.core.links;

import io.contentlint.core.source.Position;

/**
 * One link as written in a document: the URL text exactly as the author typed it (not decoded),
 * where it starts in the file, the syntax that made it a link, and the front matter field it sits
 * in ({@code content_intro}), or null in the body.
 */
public record Link(String url, Position position, Kind kind, String field) {

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

    public boolean inFrontMatter() {
        return field != null;
    }

    /**
     * True when the link is shown on the document's own page, so that {@code #x} names one of its
     * headings: the body, and top-level fields such as {@code content_intro}. A field inside a list
     * ({@code access_page[].description}) is shown elsewhere (the API's access page), whose
     * headings we cannot see.
     */
    public boolean onOwnPage() {
        return field == null || !field.contains("[]");
    }
}

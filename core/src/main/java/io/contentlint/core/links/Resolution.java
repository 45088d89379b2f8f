package io.contentlint.core.links;

import io.contentlint.core.source.Document;

/**
 * Where a link led. {@code address} is the site address or repository path it came to (decoded);
 * {@code expected} is what it should probably say (the same path in its real case, or the closest
 * known one), or null; {@code target} is the document whose headings a fragment must name, null
 * when that page's headings are unknown (static pages, files, an access page); {@code fragment} is
 * the decoded fragment, or null.
 */
public record Resolution(Status status, String address, String expected, Document target, String fragment) {

    public enum Status {
        /** Not on this site: not checked. */
        EXTERNAL,
        /** A page, a file, a folder or a redirect that leads to one. */
        FOUND,
        /** No page, public file or redirect has this address. */
        NOT_FOUND,
        /** A relative link to a repository file that does not exist. */
        FILE_NOT_FOUND,
        /** The address exists with other upper/lower case letters. */
        CASE_MISMATCH,
        /** The repository file exists with other upper/lower case letters. */
        FILE_CASE_MISMATCH,
        /** A configured redirect sends the address to one that does not exist ({@code expected}). */
        REDIRECT_BROKEN,
        /** A relative path with more {@code ..} than folders above the document. */
        OUTSIDE_ROOT,
        /** A {@code %} not followed by two hex digits, or bytes that are not UTF-8. */
        BAD_ENCODING,
        /** Longer than {@code limits.max-link-length}: not resolved. */
        TOO_LONG
    }

    static Resolution of(Status status, String address) {
        return new Resolution(status, address, null, null, null);
    }

    Resolution withFragment(String decodedFragment) {
        return new Resolution(status, address, expected, target, decodedFragment);
    }
}

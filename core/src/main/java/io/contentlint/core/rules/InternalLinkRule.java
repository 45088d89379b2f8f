package io.contentlint.core.rules;

import io.contentlint.core.links.DocumentLinks;
import io.contentlint.core.links.Link;
import io.contentlint.core.links.LinkResolver;
import io.contentlint.core.links.Resolution;
import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;

/**
 * Links into the site that lead nowhere: in bodies, in HTML/JSX {@code href}/{@code src}, and in
 * the Markdown of front matter fields, whether written {@code /les-api/x}, relative, or as an
 * absolute URL on the site's own origin. Stateless; resolution reads only the site index.
 */
public final class InternalLinkRule implements Rule {

    @Override
    public String id() {
        return "internal-link";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        DocumentLinks links = site.links().of(document);
        if (links.failure() != null) {
            // reported by the run as an internal error of this file, the other files being checked
            throw new IllegalStateException("the links of " + document.path() + " could not be read", links.failure());
        }
        LinkResolver resolver = new LinkResolver(site);
        for (Link link : links.links()) {
            Resolution resolution = resolver.resolve(document, link);
            String url = link.url();
            String expected = resolution.expected();
            switch (resolution.status()) {
                case EXTERNAL, FOUND -> {
                }
                case NOT_FOUND -> report(sink, link, expected, "notFound", url, resolution.address());
                case FILE_NOT_FOUND -> report(sink, link, expected, "fileNotFound", url, resolution.address());
                case CASE_MISMATCH -> sink.report(link.position(), (Severity) null, expected, null, "caseMismatch",
                        url, resolution.address(), expected);
                case FILE_CASE_MISMATCH -> sink.report(link.position(), (Severity) null, expected, null, "fileCaseMismatch",
                        url, resolution.address(), expected);
                case REDIRECT_BROKEN -> sink.report(link.position(), "redirectBroken", url, resolution.address(), expected);
                case OUTSIDE_ROOT -> sink.report(link.position(), "outsideRoot", url);
                case BAD_ENCODING -> sink.report(link.position(), "badEncoding", url);
                case TOO_LONG -> sink.report(link.position(), "tooLong", url.length(),
                        site.config().limits().maxLinkLength());
            }
        }
    }

    /**
     * The message, saying where the link led only when that differs from what is written
     * ({@code ../x} from {@code /guides/y}), and "did you mean" when one known address is clearly closest.
     */
    private static void report(FindingSink sink, Link link, String expected, String key, String url, String address) {
        String fullKey = key + (url.equals(address) ? "" : ".via") + (expected == null ? "" : ".suggest");
        sink.report(link.position(), (Severity) null, expected, null, fullKey, url, address, expected);
    }
}

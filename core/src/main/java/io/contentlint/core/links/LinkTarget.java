package io.contentlint.core.links;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a URL written in a document points at, before resolution: outside the site, a path on the
 * site ({@code /les-api/x}, or {@code https://api.gouv.fr/les-api/x} when that origin is the
 * site's), a path relative to the page, or a fragment of the page itself. {@code path},
 * {@code fragment} are as written (still percent-encoded); the query is dropped: the site serves
 * the same page whatever it says.
 */
public record LinkTarget(Kind kind, String path, String fragment) {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    public enum Kind { EXTERNAL, SITE, RELATIVE, SAME_PAGE }

    public static LinkTarget parse(String url, List<String> origins) {
        String trimmed = url.strip();
        if (trimmed.startsWith("#")) {
            return new LinkTarget(Kind.SAME_PAGE, "", trimmed.substring(1));
        }
        String withScheme = trimmed.startsWith("//") ? "https:" + trimmed : trimmed;
        if (SCHEME.matcher(withScheme).find()) {
            for (String origin : origins) {
                String rest = onOrigin(withScheme, origin);
                if (rest != null) {
                    return split(Kind.SITE, rest.isEmpty() || rest.charAt(0) != '/' ? "/" + rest : rest);
                }
            }
            return new LinkTarget(Kind.EXTERNAL, trimmed, null);
        }
        if (trimmed.startsWith("//")) {
            return new LinkTarget(Kind.EXTERNAL, trimmed, null);
        }
        return split(trimmed.startsWith("/") ? Kind.SITE : Kind.RELATIVE, trimmed);
    }

    /** The part after {@code origin} when {@code url} is on it (scheme and host compare without case), else null. */
    private static String onOrigin(String url, String origin) {
        String base = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        if (url.length() < base.length() || !url.substring(0, base.length()).toLowerCase(Locale.ROOT)
                .equals(base.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String rest = url.substring(base.length());
        return rest.isEmpty() || "/?#".indexOf(rest.charAt(0)) >= 0 ? rest : null;
    }

    private static LinkTarget split(Kind kind, String text) {
        int hash = text.indexOf('#');
        String fragment = hash < 0 ? null : text.substring(hash + 1);
        String beforeHash = hash < 0 ? text : text.substring(0, hash);
        int question = beforeHash.indexOf('?');
        String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
        if (path.isEmpty() && kind == Kind.SITE) {
            path = "/";
        }
        if (path.isEmpty() && kind == Kind.RELATIVE) {
            return new LinkTarget(Kind.SAME_PAGE, "", fragment);
        }
        return new LinkTarget(kind, path, fragment);
    }

    public boolean hasFragment() {
        return fragment != null && !fragment.isEmpty();
    }
}

package io.contentlint.core.links;

import io.contentlint.core.config.SiteConfig;
import io.contentlint.core.links.Resolution.Status;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves a link against the site index only: nothing is read from disk, so no link, however
 * many {@code ..} it holds, can make the run look outside the repository. Order: redirects, then
 * routes (document routes, pages, catch-alls), then files under the public folder
 * (percent-decoded), then, for a relative link, the repository file it names. A query string is
 * ignored, a trailing slash tolerated, case respected.
 */
public final class LinkResolver {
    /** Redirects that lead to redirects: more than this many hops is a loop. */
    private static final int MAX_REDIRECTS = 5;
    /** An e-mail address written without {@code mailto:} is, to a browser, a relative path. */
    private static final Pattern EMAIL = Pattern.compile("[^/@\\s]+@[^/@\\s]+\\.[A-Za-z]{2,}");
    private static final List<String> OLD_EXTENSIONS = List.of(".html", ".htm");

    private final Site site;
    private final SiteConfig config;
    private final LinkIndex index;

    public LinkResolver(Site site) {
        this.site = site;
        this.config = site.config().site();
        this.index = site.links();
    }

    public Resolution resolve(Document from, Link link) {
        if (link.url().length() > site.config().limits().maxLinkLength()) {
            return Resolution.of(Status.TOO_LONG, link.url());
        }
        LinkTarget target = LinkTarget.parse(link.url(), config.origins());
        String fragment = target.fragment() == null ? null : Percent.decode(target.fragment()).orElse(target.fragment());
        return switch (target.kind()) {
            case EXTERNAL -> Resolution.of(Status.EXTERNAL, link.url());
            case SAME_PAGE -> new Resolution(Status.FOUND, index.pageRoute(from).orElse(from.path()), null,
                    link.onOwnPage() ? from : null, fragment);
            case SITE -> Percent.decode(target.path())
                    .map(path -> address(normalize(path), 0).withFragment(fragment))
                    .orElse(Resolution.of(Status.BAD_ENCODING, target.path()));
            case RELATIVE -> Percent.decode(target.path())
                    .map(path -> relative(from, path).withFragment(fragment))
                    .orElse(Resolution.of(Status.BAD_ENCODING, target.path()));
        };
    }

    /** A site address, already decoded and free of {@code .} and {@code ..} segments. */
    private Resolution address(String address, int hops) {
        String route = address.length() > 1 && address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        Optional<String> redirect = site.routes().redirect(route);
        if (redirect.isPresent()) {
            LinkTarget to = LinkTarget.parse(redirect.get(), config.origins());
            if (to.kind() == LinkTarget.Kind.EXTERNAL) {
                return Resolution.of(Status.FOUND, route);
            }
            Optional<String> decoded = Percent.decode(to.path()).map(LinkResolver::normalize);
            Resolution next = decoded.isPresent() && hops < MAX_REDIRECTS ? address(decoded.get(), hops + 1) : null;
            return next != null && next.status() == Status.FOUND ? next
                    : new Resolution(Status.REDIRECT_BROKEN, route, redirect.get(), null, null);
        }
        if (site.routes().serves(route)) {
            Document shown = site.routes().document(route)
                    .filter(d -> index.pageRoute(d).map(route::equals).orElse(false))
                    .orElse(null);
            return new Resolution(Status.FOUND, route, null, shown, null);
        }
        String publicDir = config.publicDir();
        if (!publicDir.isEmpty() && route.length() > 1 && site.fileExists(publicDir + route)) {
            return Resolution.of(Status.FOUND, route);
        }
        Optional<String> otherCase = index.addresses().inOtherCase(route);
        if (otherCase.isPresent()) {
            return new Resolution(Status.CASE_MISMATCH, route, otherCase.get(), null, null);
        }
        return new Resolution(Status.NOT_FOUND, route, closestAddress(route).orElse(null), null, null);
    }

    /**
     * What a missing address was probably meant to be: the page without the {@code .html} an old
     * static site had ({@code /les-api/api-geo.html}), else the closest known address.
     */
    private Optional<String> closestAddress(String route) {
        for (String extension : OLD_EXTENSIONS) {
            if (route.endsWith(extension)) {
                String page = route.substring(0, route.length() - extension.length());
                if (site.routes().serves(page)) {
                    return Optional.of(page);
                }
            }
        }
        return index.addresses().closest(route);
    }

    /**
     * A relative link: read as the browser reads it, from the page's own address
     * ({@code ../les-api/x} on {@code /guides/y} is {@code /les-api/x}); else as a path to a file
     * of the repository, from the document's folder ({@code ../guide.md}).
     */
    private Resolution relative(Document from, String path) {
        Optional<String> page = index.pageRoute(from);
        Resolution onSite = null;
        if (page.isPresent()) {
            String base = page.get().substring(0, page.get().lastIndexOf('/') + 1);
            onSite = address(normalize(base + path), 0);
            if (onSite.status() == Status.FOUND) {
                return onSite;
            }
        }
        String folder = from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/') + 1) : "";
        Optional<String> file = withinRoot(folder + path);
        if (file.isEmpty()) {
            return Resolution.of(Status.OUTSIDE_ROOT, path);
        }
        String name = file.get().endsWith("/") ? file.get().substring(0, file.get().length() - 1) : file.get();
        if (site.fileExists(name)) {
            return new Resolution(Status.FOUND, name, null, site.document(name).orElse(null), null);
        }
        if (name.isEmpty() || isFolder(name)) {
            return Resolution.of(Status.FOUND, name);
        }
        if (EMAIL.matcher(path).matches()) {
            return new Resolution(onSite != null ? Status.NOT_FOUND : Status.FILE_NOT_FOUND,
                    onSite != null ? onSite.address() : name, "mailto:" + path, null, null);
        }
        if (onSite != null) {
            Resolution fromRoot = address(normalize("/" + path), 0);
            return fromRoot.status() == Status.FOUND && !path.startsWith(".")
                    ? new Resolution(Status.NOT_FOUND, onSite.address(), fromRoot.address(), null, null)
                    : onSite;
        }
        Optional<String> otherCase = index.files().inOtherCase(name);
        if (otherCase.isPresent()) {
            return new Resolution(Status.FILE_CASE_MISMATCH, name, otherCase.get(), null, null);
        }
        return new Resolution(Status.FILE_NOT_FOUND, name, index.files().closest(name).orElse(null), null, null);
    }

    /** A link to a folder ({@code guides/}): GitHub shows its listing. Only looked up for links that are not files. */
    private boolean isFolder(String path) {
        return index.isFolder(path);
    }

    /** An absolute address without {@code .} and {@code ..} segments; {@code ..} stops at {@code /}, as in a browser. */
    static String normalize(String address) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = address.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("..")) {
                segments.pollLast();
            } else if (!part.equals(".")) {
                segments.addLast(part);
            }
        }
        if (address.endsWith("/.") || address.endsWith("/..")) {
            segments.addLast("");
        }
        return "/" + String.join("/", segments);
    }

    /** A repository path without {@code .} and {@code ..} segments, or empty when it climbs above the root. */
    static Optional<String> withinRoot(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.pollLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                segments.addLast(part);
            }
        }
        return Optional.of(String.join("/", segments) + (path.endsWith("/") && !segments.isEmpty() ? "/" : ""));
    }
}

package io.contentlint.core.rules;

import io.contentlint.core.links.Link;
import io.contentlint.core.links.LinkResolver;
import io.contentlint.core.links.Resolution;
import io.contentlint.core.match.ClosestMatch;
import io.contentlint.core.report.Severity;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A {@code #fragment} that names no heading of its page: the ids come from the configured slug
 * rule (api.gouv.fr or GitHub) plus explicit {@code id="..."} attributes; the fragment is compared
 * percent-decoded. Pages whose headings we cannot see (static pages, files, an API's access page)
 * are not checked. A link whose page does not exist is {@code internal-link}'s business.
 */
public final class AnchorRule implements Rule {
    /** Browsers scroll to the top for {@code #top} even without such an id (HTML, "indicated part of the document"). */
    private static final String TOP = "top";

    @Override
    public String id() {
        return "anchor";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        LinkResolver resolver = new LinkResolver(site);
        for (Link link : site.links().of(document).links()) {
            Resolution resolution = resolver.resolve(document, link);
            String fragment = resolution.fragment();
            Document target = resolution.target();
            if (resolution.status() != Resolution.Status.FOUND || fragment == null || fragment.isEmpty()
                    || target == null || target.isSkipped() || fragment.equalsIgnoreCase(TOP)) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>(site.headingIds(target));
            ids.addAll(site.links().of(target).explicitIds());
            if (ids.contains(fragment)) {
                continue;
            }
            String page = target == document ? "thisPage" : "otherPage";
            String suggestion = new ClosestMatch(ids).suggest(fragment).orElse(null);
            if (suggestion == null) {
                sink.report(link.position(), page, link.url(), fragment, resolution.address());
            } else {
                sink.report(link.position(), (Severity) null, "#" + suggestion, null, page + ".suggest", link.url(), fragment,
                        resolution.address(), suggestion);
            }
        }
    }
}

package io.contentlint.core.config;

import java.util.List;
import java.util.Map;

/**
 * How the site serves the repository. {@code origins} are the absolute URL prefixes that count
 * as internal ({@code https://api.gouv.fr}); {@code publicDir} holds static files served from
 * {@code /}; {@code pagesDir} holds Next.js-style pages whose {@code [param]} segments are bound to
 * collections by {@code pageParams}; {@code routes} are extra routes; {@code headingIds} names the
 * slug rule ({@code api-gouv-fr} or {@code github}) applied to heading levels {@code headingLevels}.
 */
public record SiteConfig(
        List<String> origins,
        String publicDir,
        String pagesDir,
        Map<String, String> pageParams,
        List<String> routes,
        Map<String, String> redirects,
        String headingIds,
        List<Integer> headingLevels) {

    public SiteConfig {
        origins = List.copyOf(origins);
        pageParams = Map.copyOf(pageParams);
        routes = List.copyOf(routes);
        redirects = Map.copyOf(redirects);
        headingLevels = List.copyOf(headingLevels);
    }
}

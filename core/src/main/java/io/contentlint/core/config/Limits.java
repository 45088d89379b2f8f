package io.contentlint.core.config;

/**
 * Bounds that keep hostile input from exhausting the run. Defaults are generous for real docs:
 * the largest api.gouv.fr page is under 100 KB.
 */
public record Limits(long maxFileBytes, int yamlMaxAliases, int yamlMaxDepth, int yamlMaxCodePoints, int maxLinkLength) {
    public static final Limits DEFAULT = new Limits(5L * 1024 * 1024, 50, 64, 1_000_000, 4096);
}

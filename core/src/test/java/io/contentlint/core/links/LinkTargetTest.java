package io.contentlint.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.links.LinkTarget.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTargetTest {
    private static final List<String> ORIGINS = List.of("https://api.gouv.fr", "http://api.gouv.fr", "https://www.api.gouv.fr");

    @Test
    void absoluteUrlsOnTheSiteOriginAreSitePaths() {
        assertThat(LinkTarget.parse("https://api.gouv.fr/les-api/x?utm=1#a", ORIGINS))
                .isEqualTo(new LinkTarget(Kind.SITE, "/les-api/x", "a"));
        assertThat(LinkTarget.parse("HTTP://API.GOUV.FR", ORIGINS)).isEqualTo(new LinkTarget(Kind.SITE, "/", null));
        assertThat(LinkTarget.parse("https://www.api.gouv.fr/", ORIGINS)).isEqualTo(new LinkTarget(Kind.SITE, "/", null));
        assertThat(LinkTarget.parse("//api.gouv.fr/guides", ORIGINS)).isEqualTo(new LinkTarget(Kind.SITE, "/guides", null));
    }

    @Test
    void otherHostsAndSchemesAreExternal() {
        assertThat(LinkTarget.parse("https://api.gouv.fr.evil.example/x", ORIGINS).kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(LinkTarget.parse("https://particulier.api.gouv.fr/x", ORIGINS).kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(LinkTarget.parse("mailto:a@b.fr", ORIGINS).kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(LinkTarget.parse("tel:+33100000000", ORIGINS).kind()).isEqualTo(Kind.EXTERNAL);
    }

    @Test
    void pathsFragmentsAndRelativeLinks() {
        assertThat(LinkTarget.parse("/resources/a%20b.pdf", ORIGINS)).isEqualTo(new LinkTarget(Kind.SITE, "/resources/a%20b.pdf", null));
        assertThat(LinkTarget.parse("#l%E2%80%99api", ORIGINS)).isEqualTo(new LinkTarget(Kind.SAME_PAGE, "", "l%E2%80%99api"));
        assertThat(LinkTarget.parse("../guide.md#x", ORIGINS)).isEqualTo(new LinkTarget(Kind.RELATIVE, "../guide.md", "x"));
        assertThat(LinkTarget.parse("?tab=2", ORIGINS)).isEqualTo(new LinkTarget(Kind.SAME_PAGE, "", null));
    }

    @Test
    void percentDecodingIsUtf8AndKeepsPlus() {
        assertThat(Percent.decode("CGU%20API%20Particulier.pdf")).contains("CGU API Particulier.pdf");
        assertThat(Percent.decode("exemples-d%E2%80%99application")).contains("exemples-d’application");
        assertThat(Percent.decode("a+b")).contains("a+b");
        assertThat(Percent.decode("%zz")).isEmpty();
        assertThat(Percent.decode("%C3")).isEmpty();
    }

    @Test
    void addressesAndRepositoryPathsAreNormalizedWithoutLeavingTheRoot() {
        assertThat(LinkResolver.normalize("/guides/../les-api/./x")).isEqualTo("/les-api/x");
        assertThat(LinkResolver.normalize("/../../etc/passwd")).isEqualTo("/etc/passwd");
        assertThat(LinkResolver.withinRoot("docs/../README.md")).contains("README.md");
        assertThat(LinkResolver.withinRoot("docs/../../etc/passwd")).isEmpty();
        assertThat(LinkResolver.withinRoot("docs/guides/")).contains("docs/guides/");
    }
}

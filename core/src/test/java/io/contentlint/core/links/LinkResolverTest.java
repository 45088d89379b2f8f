package io.contentlint.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.links.Resolution.Status;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.Position;
import io.contentlint.core.testing.Sites;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolution against the {@code fixtures/links} repository (api.gouv.fr layout, built-in configuration). */
class LinkResolverTest {
    private static Site site;
    private static Document guide;
    private static LinkResolver resolver;

    @BeforeAll
    static void index() throws URISyntaxException {
        site = Sites.of(Path.of(LinkResolverTest.class.getResource("/fixtures/links").toURI()));
        guide = site.document("_data/guides/guide.md").orElseThrow();
        resolver = new LinkResolver(site);
    }

    private static Resolution resolve(String url) {
        return resolver.resolve(guide, new Link(url, Position.START, Link.Kind.INLINE, null));
    }

    @Test
    void redirectsComeFirstAndAreFollowed() {
        assertThat(resolve("/les-api")).extracting(Resolution::status, Resolution::address)
                .containsExactly(Status.FOUND, "/rechercher-api");
        assertThat(resolve("/les-api/api_cartobio_territoires").status()).isEqualTo(Status.FOUND);
        assertThat(resolve("/producteurs/acoss")).extracting(Resolution::status, Resolution::expected)
                .containsExactly(Status.REDIRECT_BROKEN, "/producteurs/urssaf");
    }

    @Test
    void documentRoutesKnowTheirHeadingsOtherRoutesDoNot() {
        Document api = site.document("_data/api/api-adresse.md").orElseThrow();
        assertThat(resolve("/les-api/api-adresse/").target()).isEqualTo(api);
        assertThat(resolve("https://api.gouv.fr/les-api/api-adresse?x=1#utilisation"))
                .extracting(Resolution::status, Resolution::target, Resolution::fragment)
                .containsExactly(Status.FOUND, api, "utilisation");
        assertThat(resolve("/les-api/api-adresse/demande-acces"))
                .extracting(Resolution::status, Resolution::target)
                .containsExactly(Status.FOUND, null);
        assertThat(resolve("#premiers-pas").target()).isEqualTo(guide);
    }

    @Test
    void publicFilesArePercentDecoded() {
        assertThat(resolve("/resources/guide%20adresse.pdf").status()).isEqualTo(Status.FOUND);
        assertThat(resolve("/resources/guide%20adresse.PDF"))
                .extracting(Resolution::status, Resolution::expected)
                .containsExactly(Status.CASE_MISMATCH, "/resources/guide adresse.pdf");
        assertThat(resolve("/resources/guide%2").status()).isEqualTo(Status.BAD_ENCODING);
    }

    @Test
    void relativeLinksReadAsTheBrowserDoesThenAsRepositoryFiles() {
        assertThat(resolve("../les-api/api-adresse").address()).isEqualTo("/les-api/api-adresse");
        assertThat(resolve("../api/api-adresse.md").status()).isEqualTo(Status.FOUND);
        assertThat(resolve("../../../../etc/passwd").status()).isEqualTo(Status.OUTSIDE_ROOT);
        assertThat(resolve("les-api/api-adresse"))
                .extracting(Resolution::status, Resolution::address, Resolution::expected)
                .containsExactly(Status.NOT_FOUND, "/guides/les-api/api-adresse", "/les-api/api-adresse");
    }

    @Test
    void externalLinksAreNotResolvedAndOverlongOnesAreNotRead() {
        assertThat(resolve("https://example.org/x").status()).isEqualTo(Status.EXTERNAL);
        assertThat(resolve("mailto:a@example.org").status()).isEqualTo(Status.EXTERNAL);
        assertThat(resolve("/" + "a".repeat(site.config().limits().maxLinkLength())).status()).isEqualTo(Status.TOO_LONG);
    }
}

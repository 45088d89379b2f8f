package io.contentlint.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.source.Heading;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    private static List<Heading> headings(Object... levelAndText) {
        List<Heading> result = new java.util.ArrayList<>();
        for (int i = 0; i < levelAndText.length; i += 2) {
            result.add(new Heading((Integer) levelAndText[i], (String) levelAndText[i + 1], 0));
        }
        return result;
    }

    @Test
    void apiGouvFrKeepsPunctuationDropsAccentsAndOnlyLevelsTwoAndThree() {
        HeadingIds rule = HeadingIds.named("api-gouv-fr", List.of(2, 3));
        assertThat(rule.ids(headings(
                1, "Titre de la page",
                2, "Pour collecter et/ou diffuser vos offres",
                3, "Les données disponibles dans l’API",
                2, "Quels sont les prérequis pour qu'une API puisse être référencée ?",
                2, "📡 Référencement sur api.gouv.fr : en pratique",
                4, "Niveau quatre")))
                .containsExactly(
                        "pour-collecter-et/ou-diffuser-vos-offres",
                        "les-donnees-disponibles-dans-l’api",
                        "quels-sont-les-prerequis-pour-qu'une-api-puisse-etre-referencee-?",
                        "📡-referencement-sur-api.gouv.fr-:-en-pratique");
    }

    @Test
    void apiGouvFrTurnsOnlyOrdinarySpacesIntoDashes() {
        // the site replaces " " only: a no-break space (French typography before ":") stays
        assertThat(HeadingIds.ApiGouvFr.slug("Étape\u00a0: accès")).isEqualTo("etape\u00a0:-acces");
    }

    @Test
    void gitHubFollowsGithubSlugger() {
        assertThat(HeadingIds.GitHub.slug("Hello World")).isEqualTo("hello-world");
        assertThat(HeadingIds.GitHub.slug("Foo & Bar")).isEqualTo("foo--bar");
        assertThat(HeadingIds.GitHub.slug("😄 unicode emoji")).isEqualTo("-unicode-emoji");
        assertThat(HeadingIds.GitHub.slug("Привет non-latin 你好")).isEqualTo("привет-non-latin-你好");
        assertThat(HeadingIds.GitHub.slug("Les données de l’API (v2.1)")).isEqualTo("les-données-de-lapi-v21");
        assertThat(HeadingIds.GitHub.slug("snake_case")).isEqualTo("snake_case");
    }

    @Test
    void gitHubNumbersRepeatedHeadingsOnEveryLevel() {
        HeadingIds rule = HeadingIds.named("github", List.of(1, 2, 3, 4, 5, 6));
        assertThat(rule.ids(headings(1, "Intro", 2, "Usage", 3, "Usage", 4, "Usage", 2, "Usage 1")))
                .containsExactly("intro", "usage", "usage-1", "usage-2", "usage-1-1");
    }
}

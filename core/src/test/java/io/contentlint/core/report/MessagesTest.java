package io.contentlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void placeholdersAreFilledAndApostrophesKept() {
        assertThat(Messages.fill("l'API \"{0}\" n'a pas {1}", "X", 2)).isEqualTo("l'API \"X\" n'a pas 2");
    }

    @Test
    void bracesThatAreNotPlaceholdersStay() {
        assertThat(Messages.fill("{slug} and {0}", "x")).isEqualTo("{slug} and x");
    }

    @Test
    void frenchBundlesAreUsedForFrench() {
        Messages french = new Messages(Locale.FRENCH);

        assertThat(french.template("io.contentlint.core.report.TextReporter", "severity.error")).isEqualTo("erreur");
        assertThat(Messages.english().template("io.contentlint.core.report.TextReporter", "severity.error")).isEqualTo("error");
    }
}

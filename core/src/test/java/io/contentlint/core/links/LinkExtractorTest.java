package io.contentlint.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.config.Limits;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.DocumentReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {

    private static DocumentLinks extract(String text, String... markdownFields) {
        Document document = new DocumentReader(Limits.DEFAULT, Map.of("api", List.of(markdownFields)))
                .parse("_data/api/x.md", "api", text.getBytes(StandardCharsets.UTF_8));
        return document.links();
    }

    /** "line:column kind url [field]" for each link. */
    private static List<String> describe(DocumentLinks links) {
        return links.links().stream()
                .map(l -> l.position().line() + ":" + l.position().column() + " " + l.kind() + " " + l.url()
                        + (l.field() != null ? " [" + l.field() + "]" : ""))
                .toList();
    }

    @Test
    void findsEachMarkdownSyntaxAtTheStartOfItsUrl() {
        String text = String.join("\n",
                "---",
                "title: X",
                "---",
                "Un [lien](/les-api/a) et ![image](/images/b.png \"titre\").",
                "Une <https://api.gouv.fr/guides/c> et [réf][r].",
                "",
                "[r]: /guides/d",
                "Sans lien : [pas défini][nulle-part].");
        assertThat(describe(extract(text))).containsExactly(
                "4:11 INLINE /les-api/a",
                "4:35 IMAGE /images/b.png",
                "5:6 AUTOLINK https://api.gouv.fr/guides/c",
                "7:6 REFERENCE_DEFINITION /guides/d");
    }

    @Test
    void readsHrefAndSrcOfHtmlAndJsxTagsInlineAndInBlocks() {
        String text = String.join("\n",
                "Voir <External href=\"https://api.gouv.fr/a\">ici</External> ou <a href='/b'>là</a>.",
                "",
                "<div>",
                "  <Button",
                "    href={\"/rechercher-api\"}",
                "    onClick={() => go(\"/pas-un-lien\")}>Chercher</Button>",
                "  <img src=/images/c.png alt=\"c\" id=\"schema\">",
                "  <!-- <a href=\"/commentaire\"> -->",
                "  <a href={variable}>x</a>",
                "</div>");
        DocumentLinks links = extract(text);
        assertThat(describe(links)).containsExactly(
                "1:22 HTML_ATTRIBUTE https://api.gouv.fr/a",
                "1:72 HTML_ATTRIBUTE /b",
                "5:12 HTML_ATTRIBUTE /rechercher-api",
                "7:12 HTML_ATTRIBUTE /images/c.png");
        assertThat(links.explicitIds()).containsExactly("schema");
    }

    @Test
    void ignoresCodeSpansFencedAndIndentedCode() {
        String text = String.join("\n",
                "Du code `[a](/a)` et `<a href=\"/b\">`.",
                "",
                "```html",
                "<a href=\"/c\">[d](/d)</a>",
                "```",
                "",
                "    [e](/e)",
                "",
                "[f](/f)");
        assertThat(describe(extract(text))).containsExactly("9:5 INLINE /f");
    }

    @Test
    void mapsLinksInALiteralBlockScalarToFileLinesAndColumns() {
        String text = String.join("\r\n",
                "---",
                "title: X",
                "access_page:",
                "  - who: [tous]",
                "    description: |",
                "      Première ligne, avec une espace\u00a0: [guide](/guides/a).",
                "",
                "      <Button href=\"/les-api/b/demande-acces\">Demander</Button>",
                "content_intro: |-",
                "  Intro `[pas](/code)` puis [c](/c)",
                "---",
                "Corps [d](/d)");
        assertThat(describe(extract(text, "access_page[].description", "content_intro"))).containsExactly(
                "12:11 INLINE /d",
                "6:49 INLINE /guides/a [access_page[].description]",
                "8:21 HTML_ATTRIBUTE /les-api/b/demande-acces [access_page[].description]",
                "10:33 INLINE /c [content_intro]");
    }

    @Test
    void mapsLinksInQuotedAndPlainScalarsIncludingEscapesAndContinuationLines() {
        String text = String.join("\n",
                "---",
                "a: \"Voir <a href=\\\"/guides/a\\\">le guide</a>\"",
                "b: 'L''[API](/les-api/b)'",
                "c: texte simple",
                "  suite [c](/c)",
                "d: \"\\u00e9t\\u00e9 [d](/d)\"",
                "---");
        assertThat(describe(extract(text, "a", "b", "c", "d"))).containsExactly(
                "2:20 HTML_ATTRIBUTE /guides/a [a]",
                "3:14 INLINE /les-api/b [b]",
                "5:13 INLINE /c [c]",
                "6:23 INLINE /d [d]");
    }

    @Test
    void readsFoldedBlockScalarsLineByLine() {
        String text = String.join("\n",
                "---",
                "d: >",
                "    Un texte plié",
                "    avec [un lien](/plie)",
                "---");
        assertThat(describe(extract(text, "d"))).containsExactly("4:20 INLINE /plie [d]");
    }

    @Test
    void aFieldThatIsNotTextOrAFrontMatterThatIsNotValidGivesNoLinkAndNoError() {
        assertThat(extract("---\nd: [1, 2]\n---\n", "d").links()).isEmpty();
        assertThat(extract("---\nd: \"x\n---\n[a](/a)\n", "d").links()).extracting(Link::url).containsExactly("/a");
    }
}

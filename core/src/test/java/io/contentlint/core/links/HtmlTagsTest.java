package io.contentlint.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.links.HtmlTags.Attribute;
import org.junit.jupiter.api.Test;

class HtmlTagsTest {

    @Test
    void readsEveryQuotingStyleWithTheOffsetOfTheValue() {
        String html = "<a href=\"/a\" class='x' data-n=3 target=_blank>t</a><Button href={'/b'} disabled/>";
        assertThat(HtmlTags.attributes(html)).containsExactly(
                new Attribute("a", "href", "/a", 9),
                new Attribute("a", "class", "x", 20),
                new Attribute("a", "data-n", "3", 30),
                new Attribute("a", "target", "_blank", 39),
                new Attribute("Button", "href", "/b", 66));
    }

    @Test
    void skipsCommentsJsxExpressionsAndTextBetweenTags() {
        String html = "a < b <!-- <a href=\"/c\"> --> <Link {...props} href={url} onClick={() => f(\"/d\")} src={`/e`}> x</Link>";
        assertThat(HtmlTags.attributes(html)).extracting(Attribute::value).containsExactly("/e");
    }

    @Test
    void decodesTheEntitiesOfHandWrittenUrls() {
        assertThat(HtmlTags.attributes("<a href=\"/x?a=1&amp;b=2\">")).extracting(Attribute::value).containsExactly("/x?a=1&b=2");
    }

    @Test
    void unterminatedInputEndsTheScanWithoutError() {
        assertThat(HtmlTags.attributes("<a href=\"/never-closed")).extracting(Attribute::value).containsExactly("/never-closed");
        assertThat(HtmlTags.attributes("<a href={\"/x\"")).isEmpty();
        assertThat(HtmlTags.attributes("<!-- open")).isEmpty();
        assertThat(HtmlTags.attributes("<a href=")).isEmpty();
    }
}

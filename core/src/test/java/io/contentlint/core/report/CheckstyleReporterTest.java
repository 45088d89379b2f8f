package io.contentlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.LintResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReporterTest {

    @Test
    void findingsAreGroupedByFileAndEveryMessageSurvivesAnXmlParser() throws Exception {
        Finding tricky = new Finding("invisible-char", Severity.WARNING, "_data/guides/a&b.md", 3, 9,
                "the character U+0007 \"\u0007\" <here> & a line\nbreak", null, null);
        Finding plain = new Finding("yaml-syntax", Severity.ERROR, "_data/guides/a&b.md", 5, 1, "broken", null, null);
        Finding other = new Finding("yaml-syntax", Severity.ERROR, "_data/guides/z.md", 1, 1, "emoji 🚀 kept", null, null);
        StringBuilder out = new StringBuilder();
        new CheckstyleReporter().write(new LintResult(List.of(tricky, plain, other), 3, List.of(), List.of(), Duration.ZERO), out);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        NodeList files = xml.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(2);
        Element first = (Element) files.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("_data/guides/a&b.md");
        Element error = (Element) first.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("line")).isEqualTo("3");
        assertThat(error.getAttribute("column")).isEqualTo("9");
        assertThat(error.getAttribute("severity")).isEqualTo("warning");
        assertThat(error.getAttribute("source")).isEqualTo("contentlint.invisible-char");
        assertThat(error.getAttribute("message")).isEqualTo("the character U+0007 \"\\u0007\" <here> & a line\nbreak");
        assertThat(first.getElementsByTagName("error").getLength()).isEqualTo(2);
        Element last = (Element) ((Element) files.item(1)).getElementsByTagName("error").item(0);
        assertThat(last.getAttribute("message")).isEqualTo("emoji 🚀 kept");
    }

    @Test
    void noFindingsIsAnEmptyButValidReport() throws Exception {
        StringBuilder out = new StringBuilder();
        new CheckstyleReporter().write(new LintResult(List.of(), 3, List.of(), List.of(), Duration.ZERO), out);

        assertThat(out.toString()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"8.0\">\n</checkstyle>\n");
    }
}

package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree itself is compared with flexmark's own in {@link BudgetedTextTest}. */
class CompiledOnceBlockParsersTest {

    @Test
    void eachReplacementTriesItsBlockStartWhereFlexmarksOwnDoes() {
        List<String> flexmarks = names(DocumentParser.calculateBlockParserFactories(new MutableDataSet(), List.of()));
        List<String> ours = names(DocumentParser.calculateBlockParserFactories(CompiledOnceBlockParsers.OPTIONS,
                CompiledOnceBlockParsers.factories()));

        assertThat(ours).containsExactlyElementsOf(flexmarks.stream()
                .map(name -> name.replace("HeadingParser$Factory", "CompiledOnceBlockParsers$Headings")
                        .replace("HtmlBlockParser$Factory", "CompiledOnceBlockParsers$HtmlBlocks"))
                .toList());
        assertThat(ours).contains("CompiledOnceBlockParsers$Headings", "CompiledOnceBlockParsers$HtmlBlocks");
    }

    @Test
    void allFilesShareOneCompiledFactory() {
        CustomBlockParserFactory headings = CompiledOnceBlockParsers.factories().get(0);

        assertThat(headings.apply(CompiledOnceBlockParsers.OPTIONS)).isSameAs(headings.apply(new MutableDataSet()));
    }

    private static List<String> names(List<CustomBlockParserFactory> factories) {
        return factories.stream().map(f -> f.getClass().getName().replaceAll(".*\\.", "")).toList();
    }
}

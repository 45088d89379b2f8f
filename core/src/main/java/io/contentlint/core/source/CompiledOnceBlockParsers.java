package io.contentlint.core.source;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A CommonMark flexmark parser whose heading and HTML block parsers compile their regular
 * expressions once, not once per file. Flexmark builds every block parser factory afresh for each
 * parse; the heading factory compiles its patterns in its constructor and the HTML block factory
 * at the first line starting with {@code <} (a pattern of all the HTML block tag names): 16% of
 * the CPU samples of flexmark's parse in an x100 run (issue 9).
 *
 * <p>Here flexmark's own two factories are built once and handed to every parse in place of the
 * core ones. They hold only options and compiled patterns, all final (the HTML one sets its
 * patterns lazily, at worst once per thread), so one parser serves all threads. Each stands at the
 * very place of the core factory it replaces in flexmark's order of block starts (a test checks
 * it): the tree is the same.
 */
public final class CompiledOnceBlockParsers {
    private CompiledOnceBlockParsers() {
    }

    /** flexmark's defaults without its own heading and HTML block parsers. */
    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.HEADING_PARSER, false)
            .set(Parser.HTML_BLOCK_PARSER, false)
            .toImmutable();

    /** flexmark's default CommonMark parser, with the heading and HTML block patterns compiled once. */
    public static Parser parser() {
        Parser.Builder builder = Parser.builder(OPTIONS);
        factories().forEach(builder::customBlockParserFactory);
        return builder.build();
    }

    /** The replacements of flexmark's heading and HTML block parsers. */
    static List<CustomBlockParserFactory> factories() {
        return List.of(new Headings(OPTIONS), new HtmlBlocks(OPTIONS));
    }

    /** Replaces a core factory: same dependencies (naming the replacements), one shared product. */
    private abstract static class Shared implements CustomBlockParserFactory {
        private final CustomBlockParserFactory core;
        private final BlockParserFactory built;

        Shared(CustomBlockParserFactory core, DataHolder options) {
            this.core = core;
            this.built = core.apply(options);
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return built;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return replaced(core.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return replaced(core.getBeforeDependents());
        }

        @Override
        public boolean affectsGlobalScope() {
            return core.affectsGlobalScope();
        }

        private static Set<Class<?>> replaced(Set<Class<?>> dependents) {
            if (dependents == null) {
                return null;
            }
            Set<Class<?>> result = new LinkedHashSet<>();
            for (Class<?> dependent : dependents) {
                result.add(dependent == HeadingParser.Factory.class ? Headings.class
                        : dependent == HtmlBlockParser.Factory.class ? HtmlBlocks.class : dependent);
            }
            return result;
        }
    }

    private static final class Headings extends Shared {
        Headings(DataHolder options) {
            super(new HeadingParser.Factory(), options);
        }
    }

    private static final class HtmlBlocks extends Shared {
        HtmlBlocks(DataHolder options) {
            super(new HtmlBlockParser.Factory(), options);
        }
    }
}

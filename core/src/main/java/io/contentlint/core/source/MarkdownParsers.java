package io.contentlint.core.source;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Set;

/**
 * The one way we build a flexmark parser. flexmark makes a new HTML block factory for every parse,
 * and that factory compiles a dozen regular expressions the first time a line could open an HTML
 * block: in an x100 run (27,800 pages, each also parsing the Markdown of its front matter fields)
 * {@code Pattern.compile} from there was a third of the link extraction's CPU samples and 4% of
 * the body parse's (issue 9). Here the factory is made once per parser and reused.
 */
public final class MarkdownParsers {
    private MarkdownParsers() {
    }

    /** A CommonMark parser, safe to use from several threads at once (as flexmark's own is). */
    public static Parser commonMark() {
        return Parser.builder(new MutableDataSet().set(Parser.HTML_BLOCK_PARSER, false))
                .customBlockParserFactory(new SharedHtmlBlocks())
                .build();
    }

    /**
     * flexmark's HTML block parser factory, applied once. Its block factory keeps no state between
     * parses but the patterns it compiles on first use; two threads racing there compile equal
     * patterns, and a {@link java.util.regex.Pattern} is safe to share. The ordering among the
     * other block parsers is the original's, declared both ways by flexmark.
     */
    private static final class SharedHtmlBlocks implements CustomBlockParserFactory {
        private final HtmlBlockParser.Factory original = new HtmlBlockParser.Factory();
        private volatile BlockParserFactory applied;

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory factory = applied;
            if (factory == null) {
                factory = original.apply(options);
                applied = factory;
            }
            return factory;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return original.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return original.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return original.affectsGlobalScope();
        }
    }
}

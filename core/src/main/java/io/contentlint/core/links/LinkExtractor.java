package io.contentlint.core.links;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.contentlint.core.source.FieldPath;
import io.contentlint.core.source.FrontMatter;
import io.contentlint.core.source.CompiledOnceBlockParsers;
import io.contentlint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Finds every link of a document, once: Markdown links, images, reference definitions and
 * autolinks from flexmark's tree (which already leaves code spans and code blocks out), the
 * {@code href}/{@code src} of HTML and JSX tags, and the same inside the front matter fields that
 * hold Markdown, each at its place in the file. Also collects explicit {@code id="..."} anchors.
 * A reference use ({@code [text][label]}) is not listed: its URL is checked once, at its definition.
 */
public final class LinkExtractor {
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "src");

    private final Parser parser = CompiledOnceBlockParsers.parser();
    private final List<FieldPath> markdownFields;

    public LinkExtractor(List<String> markdownFields) {
        this.markdownFields = markdownFields.stream().map(FieldPath::parse).toList();
    }

    /**
     * Called by the reader while it still holds the body's tree ({@code markdown}, whose offsets
     * are offsets in {@code source}'s text), so that the tree need not be kept.
     */
    public DocumentLinks extract(Node markdown, SourceFile source, FrontMatter frontMatter) {
        List<Link> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        collect(markdown, offset -> offset, source, null, links, ids);
        frontMatter.mapping().ifPresent(root -> {
            for (FieldPath field : markdownFields) {
                for (org.snakeyaml.engine.v2.nodes.Node node : field.select(root)) {
                    if (node instanceof ScalarNode scalar) {
                        MappedText value = ScalarText.of(scalar, frontMatter, source.lines(), source.text());
                        collect(parser.parse(value.text()), value::fileOffset, source, field.toString(), links, ids);
                    }
                }
            }
        });
        return new DocumentLinks(links, ids);
    }

    private static void collect(Node root, IntUnaryOperator toFile, SourceFile source, String field,
            List<Link> links, Set<String> ids) {
        for (Node node : root.getDescendants()) {
            if (node instanceof LinkNodeBase link && !(node instanceof MailLink)) {
                BasedSequence url = link.getUrl();
                if (url.isNotNull() && !url.isBlank()) {
                    links.add(new Link(url.toString(), source.position(toFile.applyAsInt(url.getStartOffset())),
                            kind(node), field));
                }
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                int base = node.getStartOffset();
                for (HtmlTags.Attribute attribute : HtmlTags.attributes(node.getChars())) {
                    if (LINK_ATTRIBUTES.contains(attribute.name()) && !attribute.value().isBlank()) {
                        links.add(new Link(attribute.value(),
                                source.position(toFile.applyAsInt(base + attribute.valueOffset())),
                                Link.Kind.HTML_ATTRIBUTE, field));
                    } else if (attribute.name().equals("id") && !attribute.value().isBlank()) {
                        ids.add(attribute.value());
                    }
                }
            }
        }
    }

    private static Link.Kind kind(Node node) {
        if (node instanceof Image) {
            return Link.Kind.IMAGE;
        }
        if (node instanceof Reference) {
            return Link.Kind.REFERENCE_DEFINITION;
        }
        if (node instanceof AutoLink) {
            return Link.Kind.AUTOLINK;
        }
        return Link.Kind.INLINE;
    }
}

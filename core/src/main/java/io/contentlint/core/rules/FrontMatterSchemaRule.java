package io.contentlint.core.rules;

import io.contentlint.core.config.Limits;
import io.contentlint.core.report.Severity;
import io.contentlint.core.schema.CompiledSchema;
import io.contentlint.core.schema.JsonTree;
import io.contentlint.core.schema.Phrase;
import io.contentlint.core.schema.Violation;
import io.contentlint.core.schema.Violations;
import io.contentlint.core.schema.YamlToJson;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Front matter against the JSON Schema of its collection ({@code schemas/api.schema.json}...):
 * each problem once, at the offending value's line and column; a missing field at the front
 * matter's opening line (or at its parent object) with the field's description; a field the schema
 * does not know is a warning with the closest known field. Front matter that is not readable YAML
 * is left to {@code yaml-syntax}.
 */
public final class FrontMatterSchemaRule implements Rule {
    /**
     * The expanded tree may hold one value per this many code points of the allowed front matter
     * size (100 000 by default): written out, a value takes at least a few characters, so only
     * aliases ("billion laughs") go beyond it. The largest api.gouv.fr front matter holds a few hundred.
     */
    private static final int CODE_POINTS_PER_VALUE = 10;
    private static final int MIN_VALUES = 10_000;

    @Override
    public String id() {
        return "frontmatter-schema";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        FrontMatter frontMatter = document.frontMatter();
        if (!frontMatter.isPresent() || frontMatter.error() != null) {
            return;
        }
        Optional<CompiledSchema> schema = site.schemas().forCollection(document.collection());
        if (schema.isEmpty()) {
            return;
        }
        // "---" directly followed by "---" is an empty front matter: every required field is missing
        Node root = frontMatter.root() != null ? frontMatter.root() : new MappingNode(Tag.MAP, List.of(), FlowStyle.BLOCK);
        if (!(root instanceof MappingNode)) {
            return;
        }
        Limits limits = site.config().limits();
        int maxValues = Math.max(MIN_VALUES, limits.yamlMaxCodePoints() / CODE_POINTS_PER_VALUE);
        JsonTree tree;
        try {
            tree = new YamlToJson(maxValues, limits.yamlMaxDepth()).convert(frontMatter, root);
        } catch (YamlToJson.TooLarge e) {
            sink.report(e.position(), "tooLarge." + e.kind().name(), maxValues, limits.yamlMaxDepth());
            return;
        }
        for (Violation violation : Violations.of(schema.get(), tree, schema.get().validate(tree.root()))) {
            Object[] args = resolve(violation.args(), sink);
            sink.report(violation.position(), violation.unknownField() ? Severity.WARNING : null,
                    violation.suggestion(), null, violation.messageKey(), args);
        }
    }

    /** Fills in the translated pieces; {@code list} joins its items with commas. */
    private static Object[] resolve(List<Object> args, FindingSink sink) {
        List<Object> resolved = new ArrayList<>(args.size());
        for (Object arg : args) {
            resolved.add(arg instanceof Phrase phrase ? text(phrase, sink) : arg);
        }
        return resolved.toArray();
    }

    private static String text(Phrase phrase, FindingSink sink) {
        Object[] args = resolve(phrase.args(), sink);
        if (phrase.key().equals("list")) {
            List<String> items = new ArrayList<>();
            for (Object arg : args) {
                items.add(String.valueOf(arg));
            }
            return String.join(", ", items);
        }
        return sink.text(phrase.key(), args);
    }
}

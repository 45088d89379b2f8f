package io.contentlint.core.rules;

import io.contentlint.core.config.CollectionConfig;
import io.contentlint.core.config.ReferenceConfig;
import io.contentlint.core.report.Severity;
import io.contentlint.core.site.ReferenceTarget;
import io.contentlint.core.site.Site;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.FieldPath;
import io.contentlint.core.source.Position;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Front matter values that name another document or a file, as the configuration's
 * {@code references} declare them: a guide's {@code api} entries must be API titles, an API's
 * {@code producer} a producer slug, a guide's {@code image} a file under {@code public/...}.
 * Values are compared exactly as parsed (the site does no normalization); a miss gets a
 * did-you-mean from the target's matcher, which the {@link Site} builds once per run. Stateless.
 */
public final class ReferenceRule implements Rule {
    /**
     * Collections whose messages name them in words ("no API has the title"), with the right
     * gender in French; other collections get a generic sentence naming the collection.
     */
    private static final Set<String> NAMED_COLLECTIONS = Set.of("api", "guides", "producteurs", "service");

    @Override
    public String id() {
        return "reference";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Document document, Site site, FindingSink sink) {
        Optional<MappingNode> root = document.frontMatter().mapping();
        if (root.isEmpty()) {
            return;
        }
        for (ReferenceConfig reference : site.config().references()) {
            if (!reference.collection().equals(document.collection())) {
                continue;
            }
            ReferenceTarget target = ReferenceTarget.of(reference);
            for (Node node : FieldPath.parse(reference.field()).select(root.get())) {
                // Null is an absent value and lists or mappings are the wrong shape: frontmatter-schema reports those.
                if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)
                        && !target.exists(site, scalar.getValue())) {
                    report(reference, target, scalar.getValue(), document.frontMatter().positionOf(node), site, sink);
                }
            }
        }
    }

    private static void report(ReferenceConfig reference, ReferenceTarget target, String value, Position at, Site site,
            FindingSink sink) {
        if (reference.freeText()) {
            reportProbableTypo(target, value, at, site, sink);
        } else if (target.isFiles()) {
            reportMissingFiles(target, value, at, site, sink);
        } else {
            Optional<String> suggestion = site.matcher(target).suggest(value);
            String collection = target.collection();
            String messageKey = (target.key() == null ? "slug" : "key")
                    + (NAMED_COLLECTIONS.contains(collection) ? "." + collection : "")
                    + (suggestion.isPresent() ? ".suggest" : "");
            String lookedFor = target.key() != null ? target.key() : expectedFile(site, collection, value);
            sink.report(at, (Severity) null, suggestion.orElse(null), null, messageKey, collection, lookedFor, value,
                    suggestion.orElse(""));
        }
    }

    /**
     * A free name (an API partner the site shows as plain text) is fine unless it is one edit
     * away from a target: {@code mesr} for the producer {@code mesri} is a typo, not a name.
     */
    private static void reportProbableTypo(ReferenceTarget target, String value, Position at, Site site,
            FindingSink sink) {
        List<String> near = site.matcher(target).withinOneEdit(value);
        if (near.size() == 1) {
            sink.report(at, Severity.WARNING, near.get(0), null, "freeText", target.collection(), value, near.get(0));
        } else if (near.size() > 1) {
            sink.report(at, Severity.WARNING, null, null, "freeText.several", target.collection(), value,
                    quoted(near));
        }
    }

    /**
     * When no templated file exists, the value is probably mistyped: suggest a value whose files
     * all exist. When only some are missing (a guide image without its {@code thumbnail_}), the
     * value is right and the file must be added: no suggestion.
     */
    private static void reportMissingFiles(ReferenceTarget target, String value, Position at, Site site,
            FindingSink sink) {
        List<String> missing = target.missingFiles(site, value);
        Optional<String> suggestion = missing.size() == target.files().size()
                ? site.matcher(target).suggest(value) : Optional.empty();
        String messageKey = (missing.size() == 1 ? "file" : "files") + (suggestion.isPresent() ? ".suggest" : "");
        sink.report(at, (Severity) null, suggestion.orElse(null), null, messageKey, String.join(", ", missing), value,
                suggestion.orElse(""));
    }

    /** The file a slug names: the collection's glob with the value for its last {@code *}. */
    private static String expectedFile(Site site, String collection, String value) {
        String glob = site.config().collection(collection).map(CollectionConfig::glob).orElse(collection);
        int star = glob.lastIndexOf('*');
        return star < 0 ? glob : glob.substring(0, star) + value + glob.substring(star + 1);
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}

package io.contentlint.core.site;

import io.contentlint.core.config.ConfigLoader;
import io.contentlint.core.config.ReferenceConfig;
import io.contentlint.core.report.Messages;
import io.contentlint.core.source.Document;
import io.contentlint.core.source.FieldPath;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Run warnings for references whose field no document has at all: {@code relatd_guides[]} would
 * otherwise check nothing, silently. Not a configuration error, since a schema may allow a field
 * that no document uses yet; and a collection with no readable document is left to the
 * empty-glob warning. The built-in default is left alone: it declares every optional field the
 * site knows, and a small tree that uses none of them has made no typo.
 */
public final class AbsentReferenceFields {
    private AbsentReferenceFields() {
    }

    public static List<String> warnings(Site site, Messages messages) {
        String bundle = AbsentReferenceFields.class.getName();
        List<String> warnings = new ArrayList<>();
        if (ConfigLoader.BUILT_IN.equals(site.config().source())) {
            return warnings;
        }
        List<ReferenceConfig> references = site.config().references();
        for (int i = 0; i < references.size(); i++) {
            ReferenceConfig reference = references.get(i);
            if (absentFromEvery(site, reference.collection(), reference.field())) {
                warnings.add(messages.format(bundle, "field", i, reference.collection(), reference.field()));
            }
            if (reference.targetKey() != null && absentFromEvery(site, reference.targetCollection(), reference.targetKey())) {
                warnings.add(messages.format(bundle, "key", i, reference.targetCollection(), reference.targetKey()));
            }
        }
        return warnings;
    }

    /** True when the collection has readable documents and none of them has the field, even empty. */
    private static boolean absentFromEvery(Site site, String collection, String field) {
        FieldPath path = present(FieldPath.parse(field));
        boolean any = false;
        for (Document document : site.documents()) {
            if (!document.collection().equals(collection) || document.frontMatter().mapping().isEmpty()) {
                continue;
            }
            any = true;
            MappingNode root = document.frontMatter().mapping().get();
            if (!path.select(root).isEmpty()) {
                return false;
            }
        }
        return any;
    }

    /** The path to the field itself: {@code api[]} is present as soon as {@code api} is, even as an empty list. */
    private static FieldPath present(FieldPath path) {
        List<FieldPath.Step> steps = new ArrayList<>(path.steps());
        FieldPath.Step last = steps.remove(steps.size() - 1);
        steps.add(new FieldPath.Step(last.key(), false));
        return new FieldPath(steps);
    }
}

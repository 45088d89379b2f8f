package io.contentlint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One collection's schema, compiled once per run and shared by every thread that validates: the
 * validator, and the JSON of each schema document so messages can quote a property's
 * {@code description} and name the known fields.
 */
public final class CompiledSchema {
    private final String label;
    private final Schema schema;
    private final Map<String, JsonNode> documents;

    CompiledSchema(String label, Schema schema, Map<String, JsonNode> documents) {
        this.label = label;
        this.schema = schema;
        this.documents = Map.copyOf(documents);
    }

    /** Where the schema came from ({@code built-in api.schema.json}, {@code schemas/x.json}). */
    public String label() {
        return label;
    }

    public List<Error> validate(JsonNode instance) {
        return schema.validate(instance);
    }

    /** The schema JSON at a location ({@code #/properties/themes/type}), or a missing node. */
    public JsonNode at(SchemaLocation location) {
        JsonNode document = documents.get(location.getAbsoluteIri() == null ? null : location.getAbsoluteIri().toString());
        if (document == null) {
            return MissingNode.getInstance();
        }
        return document.at(pointer(location.getFragment()));
    }

    /** A validator path as a JSON pointer ({@code /access_page/0/who}). */
    public static String pointer(NodePath path) {
        String result = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            result = JsonTree.child(result, String.valueOf(path.getElement(i)));
        }
        return result;
    }
}

package io.contentlint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import io.contentlint.core.match.ClosestMatch;
import io.contentlint.core.source.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns the validator's errors into one {@link Violation} per problem, in plain words, at the
 * offending value. A value of the wrong type gets only its type error (its enum, pattern or length
 * errors would repeat it); an {@code anyOf}/{@code oneOf} that no branch satisfies is one problem,
 * not one per branch.
 */
public final class Violations {
    private static final int LISTED_VALUES = 6;
    private static final int QUOTED_LENGTH = 80;
    private static final Set<String> COMBINATORS = Set.of("anyOf", "oneOf");
    private static final Set<String> ONE_STEP = Set.of("items", "additionalProperties", "unevaluatedProperties",
            "unevaluatedItems", "contains");
    private static final Set<String> NAMED_STEP = Set.of("properties", "patternProperties", "prefixItems");
    private static final Set<String> OF_CHILDREN = Set.of("required", "additionalProperties", "unevaluatedProperties",
            "dependentRequired");

    private Violations() {
    }

    public static List<Violation> of(CompiledSchema schema, JsonTree tree, List<Error> errors) {
        Map<String, Violation> result = new LinkedHashMap<>();
        Map<String, Error> bestAt = new LinkedHashMap<>();
        for (Error error : errors) {
            String pointer = CompiledSchema.pointer(error.getInstanceLocation());
            int combinator = combinatorIndex(error);
            String keyword = String.valueOf(error.getKeyword());
            if (combinator >= 0) {
                String at = combinatorInstance(error, combinator, pointer);
                String key = "anyOf|" + at + "|" + error.getEvaluationPath().getElement(combinator);
                result.putIfAbsent(key, noneOf(schema, tree, error, at));
            } else if (OF_CHILDREN.contains(keyword)) {
                result.putIfAbsent(keyword + "|" + pointer + "|" + error.getProperty(), translate(schema, tree, error, keyword, pointer));
            } else {
                // one finding per value: "www.x.fr" fails both "format: uri" and "pattern: ^https?://"; say it once
                bestAt.merge(pointer, error, (kept, other) -> rank(other) < rank(kept) ? other : kept);
                result.putIfAbsent("value|" + pointer, null);
            }
        }
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, Violation> entry : result.entrySet()) {
            if (entry.getValue() != null) {
                violations.add(entry.getValue());
            } else {
                String pointer = entry.getKey().substring("value|".length());
                Error error = bestAt.get(pointer);
                violations.add(translate(schema, tree, error, String.valueOf(error.getKeyword()), pointer));
            }
        }
        return List.copyOf(violations);
    }

    /** Which error about one value says the most: its type, then its allowed values, its format, its form. */
    private static int rank(Error error) {
        return switch (String.valueOf(error.getKeyword())) {
            case "type" -> 0;
            case "enum", "const" -> 1;
            case "format" -> 2;
            case "pattern" -> 3;
            default -> 4;
        };
    }

    private static Violation translate(CompiledSchema schema, JsonTree tree, Error error, String keyword, String pointer) {
        JsonNode instance = error.getInstanceNode();
        JsonNode rule = error.getSchemaNode();
        Object field = field(pointer);
        Position at = valuePosition(tree, pointer);
        return switch (keyword) {
            case "required", "dependentRequired" -> required(schema, tree, error, pointer);
            case "additionalProperties", "unevaluatedProperties" -> unknownField(schema, tree, error, pointer);
            case "type" -> instance == null || instance.isNull()
                    ? violation(at, "empty", field, expected(rule))
                    : violation(at, "type", field, expected(rule), found(instance));
            case "enum" -> enumeration(at, field, rule, instance);
            case "const" -> violation(at, "mustBe", field, literal(rule), literal(instance));
            case "format" -> violation(at, "mustBe", field, formatName(rule.asString("")), literal(instance));
            case "pattern" -> violation(at, "pattern", field, describe(schema, parent(error.getSchemaLocation()),
                    Phrase.of("regex", rule.asString(""))), literal(instance));
            case "minLength" -> rule.asInt(0) <= 1 ? violation(at, "blank", field)
                    : violation(at, "minLength", field, rule.asInt(0), literal(instance));
            case "maxLength" -> violation(at, "maxLength", field, rule.asInt(0));
            case "minItems" -> violation(at, "minItems", field, rule.asInt(0), instance == null ? 0 : instance.size());
            case "maxItems" -> violation(at, "maxItems", field, rule.asInt(0), instance == null ? 0 : instance.size());
            case "minimum", "exclusiveMinimum" -> violation(at, keyword, field, rule.asString(""), literal(instance));
            case "maximum", "exclusiveMaximum" -> violation(at, keyword, field, rule.asString(""), literal(instance));
            case "uniqueItems" -> violation(at, "uniqueItems", field);
            default -> violation(at, "other", field, String.valueOf(error.getMessage()));
        };
    }

    private static Violation required(CompiledSchema schema, JsonTree tree, Error error, String pointer) {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(first(error.getArguments()));
        JsonNode objectSchema = schema.at(parent(error.getSchemaLocation()));
        String description = objectSchema.path("properties").path(property).path("description").asString("");
        // The whole front matter lacks a field: point at its opening "---"; a nested object: at that object.
        Position at = pointer.isEmpty() ? Position.START : valuePosition(tree, pointer);
        String key = (pointer.isEmpty() ? "required" : "requiredIn") + (description.isEmpty() ? "Bare" : "");
        return pointer.isEmpty()
                ? new Violation(at, false, null, key, description.isEmpty() ? List.of(property) : List.of(property, description))
                : new Violation(at, false, null, key, description.isEmpty()
                        ? List.of(field(pointer), property) : List.of(field(pointer), property, description));
    }

    private static Violation unknownField(CompiledSchema schema, JsonTree tree, Error error, String pointer) {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(first(error.getArguments()));
        String keyPointer = JsonTree.child(pointer, property);
        Position at = tree.keyAt(keyPointer).orElse(valuePosition(tree, pointer));
        List<String> known = new ArrayList<>();
        schema.at(parent(error.getSchemaLocation())).path("properties").propertyNames().forEach(known::add);
        String suggestion = new ClosestMatch(known).suggest(property).orElse(null);
        String scope = pointer.isEmpty() ? "" : "In";
        if (suggestion != null) {
            return new Violation(at, true, suggestion, "unknownField" + scope + "Suggest",
                    pointer.isEmpty() ? List.of(property, suggestion) : List.of(property, field(pointer), suggestion));
        }
        String list = String.join(", ", known.stream().sorted().toList());
        return new Violation(at, true, null, "unknownField" + scope,
                pointer.isEmpty() ? List.of(property, list) : List.of(property, field(pointer), list));
    }

    private static Violation enumeration(Position at, Object field, JsonNode rule, JsonNode instance) {
        List<String> strings = new ArrayList<>();
        List<Object> literals = new ArrayList<>();
        for (JsonNode value : rule) {
            literals.add(literal(value));
            if (value.isString()) {
                strings.add(value.asString());
            }
        }
        Object allowed = literals.size() <= LISTED_VALUES ? alternatives(literals) : Phrase.of("oneOfListed", literals.size());
        String suggestion = instance != null && instance.isString() ? new ClosestMatch(strings).suggest(instance.asString()).orElse(null) : null;
        return suggestion == null
                ? new Violation(at, false, null, "enum", List.of(field, allowed, literal(instance)))
                : new Violation(at, false, suggestion, "enumSuggest", List.of(field, allowed, literal(instance), quoted(suggestion)));
    }

    /** No branch of an anyOf/oneOf fits: one finding, at the value the combinator applies to. */
    private static Violation noneOf(CompiledSchema schema, JsonTree tree, Error error, String pointer) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        SchemaLocation combinatorOwner = error.getSchemaLocation();
        for (int i = fragment.getNameCount() - 1; i >= 0; i--) {
            if (COMBINATORS.contains(String.valueOf(fragment.getElement(i)))) {
                combinatorOwner = new SchemaLocation(error.getSchemaLocation().getAbsoluteIri(), prefix(fragment, i));
                break;
            }
        }
        JsonNode value = tree.root().at(pointer);
        return violation(valuePosition(tree, pointer), "noneOf", field(pointer),
                describe(schema, combinatorOwner, Phrase.of("noDescription")), literal(value));
    }

    private static int combinatorIndex(Error error) {
        NodePath path = error.getEvaluationPath();
        for (int i = 0; i < path.getNameCount(); i++) {
            if (COMBINATORS.contains(String.valueOf(path.getElement(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The instance a combinator applied to: the error's instance, minus the steps taken inside the branch. */
    private static String combinatorInstance(Error error, int combinator, String pointer) {
        NodePath path = error.getEvaluationPath();
        int deeper = 0;
        for (int i = combinator + 2; i < path.getNameCount(); i++) {
            String step = String.valueOf(path.getElement(i));
            if (NAMED_STEP.contains(step)) {
                deeper++;
                i++;
            } else if (ONE_STEP.contains(step)) {
                deeper++;
            }
        }
        String result = pointer;
        for (int i = 0; i < deeper && result.contains("/"); i++) {
            result = result.substring(0, result.lastIndexOf('/'));
        }
        return result;
    }

    private static NodePath prefix(NodePath path, int length) {
        NodePath result = new NodePath(path.getPathType());
        for (int i = 0; i < length; i++) {
            Object element = path.getElement(i);
            result = element instanceof Integer index ? result.append(index) : result.append(String.valueOf(element));
        }
        return result;
    }

    private static SchemaLocation parent(SchemaLocation location) {
        NodePath fragment = location.getFragment();
        return new SchemaLocation(location.getAbsoluteIri(), prefix(fragment, Math.max(0, fragment.getNameCount() - 1)));
    }

    /** The property's own description, else the fallback. */
    private static Object describe(CompiledSchema schema, SchemaLocation location, Phrase fallback) {
        String description = schema.at(location).path("description").asString("");
        return description.isEmpty() ? fallback : description;
    }

    private static Violation violation(Position at, String key, Object... args) {
        return new Violation(at, false, null, key, List.of(args));
    }

    private static Position valuePosition(JsonTree tree, String pointer) {
        return tree.valueAt(pointer).orElse(Position.START);
    }

    private static Object first(Object[] args) {
        return args == null || args.length == 0 ? "" : args[0];
    }

    /** {@code access_page[2].who}: keys by name, list items counted from 1 as an editor counts them. */
    static String field(String pointer) {
        if (pointer.isEmpty()) {
            return "front matter";
        }
        StringBuilder out = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String step = raw.replace("~1", "/").replace("~0", "~");
            if (!step.isEmpty() && step.chars().allMatch(Character::isDigit) && out.length() > 0) {
                out.append('[').append(Integer.parseInt(step) + 1).append(']');
            } else {
                out.append(out.length() > 0 ? "." : "").append(step);
            }
        }
        return out.toString();
    }

    /** What the schema's {@code type} asks for, in words; "null" only means the field may be left empty. */
    private static Object expected(JsonNode type) {
        List<Object> words = new ArrayList<>();
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString("").equals("null") || type.size() == 1) {
                    words.add(Phrase.of("expect." + t.asString("")));
                }
            }
        } else {
            words.add(Phrase.of("expect." + type.asString("")));
        }
        return alternatives(words);
    }

    /** What a value is, in words: {@code the text "Entreprise"}, {@code a list}. */
    private static Phrase found(JsonNode value) {
        if (value.isString()) {
            return Phrase.of("found.string", quoted(value.asString()));
        }
        if (value.isNumber()) {
            return Phrase.of("found.number", value.asString());
        }
        if (value.isBoolean()) {
            return Phrase.of("found.boolean", value.asString());
        }
        if (value.isArray()) {
            return Phrase.of("found.array");
        }
        return Phrase.of(value.isObject() ? "found.object" : "found.null");
    }

    /** A value as written: numbers and booleans bare, text in quotes, lists and fields in words. */
    private static Object literal(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Phrase.of("found.null");
        }
        if (value.isString()) {
            return quoted(value.asString());
        }
        if (value.isArray() || value.isObject() || value.isNull()) {
            return found(value);
        }
        return value.asString();
    }

    private static String quoted(String text) {
        String shown = text.codePointCount(0, text.length()) > QUOTED_LENGTH
                ? text.substring(0, text.offsetByCodePoints(0, QUOTED_LENGTH)) + "…" : text;
        return "\"" + shown.replace("\n", " ") + "\"";
    }

    private static Object formatName(String format) {
        return switch (format) {
            case "uri", "iri" -> Phrase.of("format.uri");
            case "uri-reference", "iri-reference" -> Phrase.of("format.uri-reference");
            case "email", "idn-email" -> Phrase.of("format.email");
            case "date" -> Phrase.of("format.date");
            default -> Phrase.of("format.other", format);
        };
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    private static Object alternatives(List<Object> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.isEmpty()) {
            return "";
        }
        return Phrase.of("alternatives", new Phrase("list", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }
}

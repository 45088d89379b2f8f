package io.contentlint.core.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every rule contentlint has. Adding a rule is adding one line here. */
public final class RuleRegistry {
    private final List<Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(
                new YamlSyntaxRule(),
                new FrontMatterSchemaRule(),
                new ReferenceRule(),
                new InternalLinkRule(),
                new AnchorRule(),
                new MojibakeRule(),
                new InvalidUtf8Rule(),
                new ReplacementCharRule(),
                new InvisibleCharRule(),
                new BomRule(),
                new UnreadableFileRule()));
    }

    /** A registry of exactly these rules (tests, embedders). */
    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Set<String> ids() {
        return rules.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());
    }
}

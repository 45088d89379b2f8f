package io.contentlint.core.schema;

import java.util.List;

/**
 * A piece of a message that must itself be translated ("the text", "a list", "or"): a message key
 * of the rule's bundle and its arguments, which may be phrases too. The rule fills it in.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }
}

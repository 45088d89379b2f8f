package io.contentlint.core.schema;

import io.contentlint.core.source.Position;
import java.util.List;

/**
 * One problem the schema finds in one front matter, ready to report: where, whether it is an
 * unknown field (a warning: the site ignores it, but it is usually a typo), the known value it
 * probably meant (or null), and the message key with its arguments (strings or {@link Phrase}s).
 */
public record Violation(Position position, boolean unknownField, String suggestion, String messageKey, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }
}

package io.contentlint.core.source;

import java.util.List;

/**
 * Why the front matter is not valid YAML, in words an editor understands: a message key of the
 * {@code yaml-syntax} rule, its arguments, and where in the file the problem is.
 */
public record YamlError(Kind kind, Position position, List<String> args) {

    public enum Kind {
        /** A quoted value whose closing quote never comes; arg 0: line where it opened. */
        UNCLOSED_QUOTE,
        /** A tab used to indent. */
        TAB_INDENT,
        /** A ': ' inside an unquoted value. */
        COLON_IN_VALUE,
        /** Indentation that does not line up with the keys around it. */
        BAD_INDENT,
        /** More aliases than the configured bound (a "billion laughs" document). */
        TOO_MANY_ALIASES,
        /** Nesting deeper than the configured bound. */
        TOO_DEEP,
        /** More code points than the configured bound. */
        TOO_LARGE,
        /** An alias inside the node it names ({@code a: &x [*x]}): the value would be infinite. */
        ALIAS_CYCLE,
        /** Anything else; arg 0: the parser's own description. */
        OTHER
    }

    public YamlError {
        args = List.copyOf(args);
    }
}

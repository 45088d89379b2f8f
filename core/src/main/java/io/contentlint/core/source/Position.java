package io.contentlint.core.source;

/** A place in a file: 1-based line, 1-based column counted in Unicode code points. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);
}

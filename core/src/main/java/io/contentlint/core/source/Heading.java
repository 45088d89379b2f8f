package io.contentlint.core.source;

/** A Markdown heading: its level (1-6), its plain text (markup removed) and where it starts. */
public record Heading(int level, String text, int offset) {
}

package io.contentlint.core.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small scanner for the attributes of HTML and JSX-like tags in a piece of raw HTML (a flexmark
 * HTML node's text): {@code <a href="x">}, {@code <Button href='x'>}, {@code <External href={"x"}>}.
 * It reads tags, not the text between them, skips comments, and takes JSX expressions only when
 * they are a plain string literal ({@code href={url}} names a variable we cannot know). One pass,
 * linear in the input, whatever the input.
 */
public final class HtmlTags {

    /** One literal attribute value: the tag, the attribute name (lower-cased), its value and where the value starts. */
    public record Attribute(String tag, String name, String value, int valueOffset) {
    }

    private HtmlTags() {
    }

    public static List<Attribute> attributes(CharSequence text) {
        String html = text.toString();
        List<Attribute> result = new ArrayList<>();
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c != '<') {
                i++;
            } else if (startsWith(html, i, "<!--")) {
                int end = indexOf(html, "-->", i + 4);
                i = end < 0 ? length : end + 3;
            } else if (i + 1 < length && Character.isLetter(html.charAt(i + 1))) {
                i = tag(html, i + 1, result);
            } else {
                i++;
            }
        }
        return result;
    }

    /** Reads one tag from its name; returns the offset after it. */
    private static int tag(String html, int from, List<Attribute> out) {
        int length = html.length();
        int i = from;
        while (i < length && isNameChar(html.charAt(i))) {
            i++;
        }
        String tag = html.substring(from, i);
        while (i < length) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<') {
                return i; // a tag never closed: let the next one be read
            }
            if (c == '{') {
                i = skipBraces(html, i); // a JSX spread {...props}
                continue;
            }
            if (!isNameChar(c)) {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < length && isNameChar(html.charAt(i))) {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int j = skipSpaces(html, i);
            if (j >= length || html.charAt(j) != '=') {
                continue; // a boolean attribute
            }
            j = skipSpaces(html, j + 1);
            if (j >= length) {
                return length;
            }
            char open = html.charAt(j);
            if (open == '"' || open == '\'') {
                int close = indexOf(html, String.valueOf(open), j + 1);
                int end = close < 0 ? length : close;
                out.add(new Attribute(tag, name, entities(html.substring(j + 1, end)), j + 1));
                i = close < 0 ? length : close + 1;
            } else if (open == '{') {
                int k = skipSpaces(html, j + 1);
                if (k < length && (html.charAt(k) == '"' || html.charAt(k) == '\'' || html.charAt(k) == '`')) {
                    int close = indexOf(html, String.valueOf(html.charAt(k)), k + 1);
                    int after = close < 0 ? length : skipSpaces(html, close + 1);
                    if (after < length && html.charAt(after) == '}') {
                        String value = html.substring(k + 1, close);
                        if (!(html.charAt(k) == '`' && value.contains("${"))) {
                            out.add(new Attribute(tag, name, value, k + 1));
                        }
                    }
                }
                i = skipBraces(html, j);
            } else {
                int end = j;
                while (end < length && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '>') {
                    end++;
                }
                out.add(new Attribute(tag, name, entities(html.substring(j, end)), j));
                i = end;
            }
        }
        return length;
    }

    /** From an opening brace to just after its matching closing brace (strings inside are skipped). */
    private static int skipBraces(String html, int open) {
        int depth = 0;
        int i = open;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                int close = indexOf(html, String.valueOf(c), i + 1);
                if (close < 0) {
                    return html.length();
                }
                i = close;
            }
            i++;
        }
        return html.length();
    }

    /** The few character references that occur in URLs written by hand. */
    static String entities(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&apos;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(String s, int at, String prefix) {
        return s.startsWith(prefix, at);
    }

    private static int indexOf(String s, String needle, int from) {
        return s.indexOf(needle, from);
    }
}

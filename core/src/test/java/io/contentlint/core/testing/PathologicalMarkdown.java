package io.contentlint.core.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs CommonMark implementations are known to choke on (commonmark.js
 * {@code test/pathological_tests.py}, cmark {@code test/pathological_tests.py}), each repeated
 * {@code n} times: quadratic or exponential parsers, or recursive ones that overflow the stack.
 */
public final class PathologicalMarkdown {
    private PathologicalMarkdown() {
    }

    /** Name (usable as a file name) to Markdown body. */
    public static Map<String, String> cases(int n) {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("nested-strong-emphasis", "*a **a ".repeat(n) + "b" + " a** a*".repeat(n));
        cases.put("emphasis-closers-without-openers", "a_ ".repeat(n));
        cases.put("emphasis-openers-without-closers", "_a ".repeat(n));
        cases.put("link-closers-without-openers", "a]".repeat(n));
        cases.put("link-openers-without-closers", "[a".repeat(n));
        cases.put("mismatched-openers-and-closers", "*a_ ".repeat(n));
        cases.put("openers-and-closers-multiple-of-3", "a**b" + "c* ".repeat(n));
        cases.put("link-openers-and-emphasis-closers", "[ a_".repeat(n));
        cases.put("bracket-paren-pattern", "[ (](".repeat(n));
        cases.put("nested-brackets", "[".repeat(n) + "a" + "]".repeat(n));
        cases.put("nested-block-quotes", "> ".repeat(n) + "a\n");
        cases.put("deeply-nested-lists", deeplyNestedList(Math.min(n, 1000)));
        cases.put("backticks", backticks(Math.min(n, 1000)));
        cases.put("unclosed-links-angle", "[a](<b".repeat(n));
        cases.put("unclosed-links", "[a](b".repeat(n));
        cases.put("many-less-than", "<".repeat(n * 3));
        cases.put("unclosed-html-tags", "<a ".repeat(n));
        cases.put("unclosed-comments", "a <!--".repeat(n));
        cases.put("unclosed-cdata", "a <![CDATA[".repeat(n));
        cases.put("unclosed-declarations", "a <!A".repeat(n));
        cases.put("unclosed-processing-instructions", "a <?".repeat(n));
        cases.put("nested-inlines", "*".repeat(n) + "a" + "*".repeat(n));
        cases.put("nested-emphasis-in-heading", "# " + "*".repeat(n) + "a" + "*".repeat(n) + "\n");
        cases.put("reference-definitions", "[a]: /u\n".repeat(n) + "[a] ".repeat(n));
        cases.put("many-autolinks-and-entities", "<https://x.y/".repeat(n) + "&#x".repeat(n));
        cases.put("table-like-pipes", "|a".repeat(n) + "\n" + "|-".repeat(n) + "\n");
        return cases;
    }

    private static String deeplyNestedList(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append("  ".repeat(i)).append("* a\n");
        }
        return text.toString();
    }

    /** {@code e`e``e```...}: backtick runs of every length, none closed. */
    private static String backticks(int longest) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < longest; i++) {
            text.append('e').append("`".repeat(i));
        }
        return text.toString();
    }
}

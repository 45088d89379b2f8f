package io.contentlint.core.history;

import io.contentlint.core.report.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A finding's identity across commits: its rule, its file and what is wrong, but not where in the
 * file. Adding a paragraph above a broken reference moves it to another line; it is still the
 * same finding and must not be reported as new.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** 32 hex digits (128 bits of SHA-256) of rule, path and {@link #problem(String) problem}. */
    public static String of(Finding finding) {
        return of(finding.rule(), finding.path(), finding.message());
    }

    public static String of(String rule, String path, String message) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((rule + '\u0000' + path + '\u0000' + problem(message)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * What identifies a message. Messages read "what is wrong; what to do", and the value at fault
     * (the target) sits in double quotes: {@code no API has the title "API Statut Etudiant"; did you
     * mean "..."?}. Kept: the part before the first {@code ;} outside quotes (the advice after it
     * changes when some other document changes, e.g. the closest title), with the quoted values
     * exact. Dropped: numbers outside quotes ({@code first on line 12}) and runs of white space.
     */
    static String problem(String message) {
        StringBuilder out = new StringBuilder(message.length());
        boolean quoted = false;
        boolean inNumber = false;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                break;
            } else if (!quoted && Character.isDigit(c)) {
                if (!inNumber) {
                    out.append('#');
                }
                inNumber = true;
                continue;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                inNumber = false;
                continue;
            }
            inNumber = false;
            out.append(c);
        }
        return out.toString().strip();
    }

    /**
     * The findings that {@code known} does not account for. Fingerprints count: a file that had one
     * duplicated key and now has two reports one; which of the two is reported is the later one.
     */
    public static List<Finding> unmatched(List<Finding> findings, Collection<String> known) {
        Map<String, Integer> remaining = new HashMap<>();
        for (String fingerprint : known) {
            remaining.merge(fingerprint, 1, Integer::sum);
        }
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            String fingerprint = of(finding);
            Integer left = remaining.get(fingerprint);
            if (left != null && left > 0) {
                remaining.put(fingerprint, left - 1);
            } else {
                result.add(finding);
            }
        }
        return result;
    }
}

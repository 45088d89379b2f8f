package io.contentlint.core.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds text that is UTF-8 read through a single-byte code page. A pure function over a
 * {@link CharSequence}, linear in its length: each character is looked at a bounded number of
 * times (once per code page, at most four characters ahead).
 *
 * <p>Evidence, not guesswork: a character counts only as part of a sequence whose bytes (through
 * one code page) are a UTF-8 lead byte followed by exactly the continuation bytes it announces,
 * and the sequence must decode to a character of the kinds our writers use (Latin, Greek or
 * Cyrillic letters, typographic punctuation, symbols, emoji: see {@link DecodedCharacter}).
 * "DÃ©couvrez" holds "Ã©" = C3 A9 = "é"; "SÃO" holds "Ã" = C3 followed by the ASCII "O", which
 * is no continuation byte, so Portuguese stays alone.
 */
public final class MojibakeScanner {
    private static final CodePage[] PAGES = CodePage.values();
    private static final int MAX_ROUNDS = 3;

    private MojibakeScanner() {
    }

    /** Every mojibake span of {@code text}, in order. */
    public static List<MojibakeSpan> scan(CharSequence text) {
        return scan(text, offset -> false);
    }

    /** As {@link #scan(CharSequence)}, ignoring sequences that start where {@code ignored} holds (code spans). */
    public static List<MojibakeSpan> scan(CharSequence text, IntPredicate ignored) {
        List<Sequence> sequences = sequences(text, ignored);
        if (sequences.isEmpty()) {
            return List.of();
        }
        int[] ranking = ranking(sequences);
        boolean documentHasCompleteSequence = sequences.stream().anyMatch(s -> s.kind == Kind.COMPLETE);
        List<Sequence> credible = new ArrayList<>(sequences.size());
        for (Sequence sequence : sequences) {
            if (sequence.kind == Kind.COMPLETE || sequence.strong || documentHasCompleteSequence) {
                credible.add(sequence);
            }
        }
        return spans(text, credible, ranking);
    }

    /** True when the character at {@code offset} belongs to a complete mis-read UTF-8 sequence. */
    public static boolean inCompleteSequence(CharSequence text, int offset) {
        for (int lead = Math.max(0, offset - 3); lead <= offset; lead++) {
            for (CodePage page : PAGES) {
                long read = read(text, lead, page);
                if (read != NONE && kindOf(read) == Kind.COMPLETE && lead + lengthOf(read) > offset
                        && plausibleAt(text, lead, lengthOf(read), codePointOf(read))) {
                    return true;
                }
            }
        }
        return false;
    }

    private enum Kind { COMPLETE, TRUNCATED, NO_BREAK_SPACE_LOST }

    private static final Kind[] KINDS = Kind.values();

    /** Characters that are a UTF-8 lead byte (C2-F4) in at least one code page, or "Ã" (the lost no-break space). */
    private static final boolean[] MAY_LEAD = charactersOfBytes(0xC2, 0xF4, '\u00C3');

    /**
     * Characters that are a UTF-8 continuation byte (80-BF) in at least one code page, and the
     * space after "Ã": a sequence needs one right after its lead, so most leads ("é" is E9, a
     * lead in Windows-1252) are passed over without reading them through every page.
     */
    private static final boolean[] MAY_FOLLOW_LEAD = charactersOfBytes(0x80, 0xBF, ' ');

    /** The characters some code page gives the bytes {@code [first, last]}, and {@code also}. */
    private static boolean[] charactersOfBytes(int first, int last, char also) {
        boolean[] result = new boolean[0x10000];
        for (CodePage page : PAGES) {
            for (int b = first; b <= last; b++) {
                if (page.defines(b)) {
                    result[page.charOf(b)] = true;
                }
            }
        }
        result[also] = true;
        return result;
    }

    /** Characters [start, end) map to one UTF-8 sequence through each page of {@code pages} (a bit mask). */
    private record Sequence(int start, int end, int pages, Kind kind, boolean strong) {
    }

    private static List<Sequence> sequences(CharSequence text, IntPredicate ignored) {
        List<Sequence> result = new ArrayList<>();
        // one bulk copy, then array reads: under C1 (the launcher's compiler) a charAt per character
        // through CharSequence is a call that C1 does not inline, plus String's bounds check
        char[] chars = text.toString().toCharArray();
        int last = chars.length - 1;
        int i = 0;
        while (i < last) {
            char c = chars[i];
            if (c < 0x80 || !MAY_LEAD[c] || !MAY_FOLLOW_LEAD[chars[i + 1]]) {
                i++;
                continue;
            }
            Sequence found = sequenceAt(text, i);
            if (found == null) {
                i++;
                continue;
            }
            if (!ignored.test(found.start)) {
                result.add(found);
            }
            i = found.end;
        }
        return result;
    }

    private static Sequence sequenceAt(CharSequence text, int i) {
        int bestLength = 0;
        Kind bestKind = null;
        int pages = 0;
        boolean strong = false;
        for (CodePage page : PAGES) {
            long read = read(text, i, page);
            if (read == NONE) {
                continue;
            }
            Kind kind = kindOf(read);
            int length = lengthOf(read);
            if (kind == Kind.COMPLETE && !plausibleAt(text, i, length, codePointOf(read))) {
                continue;
            }
            int lead = page.highByteOf(text.charAt(i));
            int second = page.highByteOf(text.charAt(i + 1));
            if (kind == Kind.TRUNCATED && !plausibleTruncation(lead, second)) {
                continue;
            }
            boolean better = bestKind == null || (kind == Kind.COMPLETE && bestKind != Kind.COMPLETE)
                    || (kind == bestKind && length > bestLength);
            if (better) {
                bestKind = kind;
                bestLength = length;
                pages = 0;
                strong = false;
            }
            if (kind == bestKind && length == bestLength) {
                pages |= 1 << page.ordinal();
                strong |= kind == Kind.TRUNCATED && lead != 0xE1;
            }
        }
        if (bestKind != null) {
            return new Sequence(i, i + bestLength, pages, bestKind, strong);
        }
        return noBreakSpaceLost(text, i);
    }

    /**
     * A truncated sequence counts only where a complete one would have been plausible, and these
     * prefixes are written by no legitimate text: F0 9F opens every emoji ("ğŸ", "ðŸ"), E2 opens
     * typographic punctuation and symbols ("â€", "âŒ" for ❌ that lost its 9D), EF B8 the emoji
     * variation selector ("ï¸"), EF BB the BOM. E1 B8-BB (Vietnamese Latin, "á¸") is weaker: it
     * needs complete mojibake elsewhere in the text. French "é»" (E9 BB) is none of these.
     */
    private static boolean plausibleTruncation(int lead, int second) {
        return (lead == 0xF0 && second == 0x9F) || lead == 0xE2 || (lead == 0xEF && (second == 0xB8 || second == 0xBB))
                || (lead == 0xE1 && second >= 0xB8 && second <= 0xBB);
    }

    /**
     * French "à" is C3 A0; read as Windows-1252 that is "Ã" and a no-break space, which editors
     * turn into a plain space: "voilÃ " and "Ã  partir" (the second space was already there).
     * Portuguese capitals end words with "Ã" ("IRMÃ DE"), so a capital before it rules it out.
     */
    private static Sequence noBreakSpaceLost(CharSequence text, int i) {
        if (text.charAt(i) != '\u00C3' || i + 1 >= text.length() || text.charAt(i + 1) != ' ') {
            return null;
        }
        int before = i > 0 ? Character.codePointBefore(text, i) : -1;
        if (before != -1 && Character.isLetter(before) && !Character.isLowerCase(before)) {
            return null;
        }
        boolean doubleSpace = i + 2 < text.length() && text.charAt(i + 2) == ' ';
        boolean strong = (before != -1 && Character.isLowerCase(before)) || doubleSpace;
        int pages = 0;
        for (CodePage page : PAGES) {
            if (page.highByteOf('\u00C3') == 0xC3) {
                pages |= 1 << page.ordinal();
            }
        }
        return new Sequence(i, i + 2, pages, Kind.NO_BREAK_SPACE_LOST, strong);
    }

    private static boolean plausibleAt(CharSequence text, int start, int length, int codePoint) {
        int before = start > 0 ? Character.codePointBefore(text, start) : -1;
        int after = start + length < text.length() ? Character.codePointAt(text, start + length) : -1;
        return DecodedCharacter.plausible(codePoint, before, after);
    }

    // A read packs the kind, the length in characters and the decoded code point into a long so the
    // inner loop allocates nothing.
    private static final long NONE = -1;

    /**
     * The UTF-8 sequence whose lead byte is the character at {@code i} read through {@code page}:
     * complete (lead + all its continuation bytes, no overlong form, no surrogate), truncated (lead +
     * at least one but not all continuation bytes), or {@link #NONE}.
     */
    private static long read(CharSequence text, int i, CodePage page) {
        int lead = page.highByteOf(text.charAt(i));
        int need;
        int cp;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 1;
            cp = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            need = 2;
            cp = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            need = 3;
            cp = lead & 0x07;
        } else {
            return NONE;
        }
        int got = 0;
        while (got < need && i + got + 1 < text.length()) {
            int b = page.highByteOf(text.charAt(i + got + 1));
            if (b < 0x80 || b > 0xBF || (got == 0 && !validSecondByte(lead, b))) {
                break;
            }
            cp = (cp << 6) | (b & 0x3F);
            got++;
        }
        if (got == 0) {
            return NONE;
        }
        Kind kind = got == need ? Kind.COMPLETE : Kind.TRUNCATED;
        return ((long) kind.ordinal() << 40) | ((long) (got + 1) << 32) | (got == need ? cp : 0);
    }

    /** The second byte's range rules out overlong forms (E0 80..9F, F0 80..8F), surrogates (ED A0..) and > U+10FFFF. */
    private static boolean validSecondByte(int lead, int b) {
        return switch (lead) {
            case 0xE0 -> b >= 0xA0;
            case 0xED -> b <= 0x9F;
            case 0xF0 -> b >= 0x90;
            case 0xF4 -> b <= 0x8F;
            default -> true;
        };
    }

    private static Kind kindOf(long read) {
        return KINDS[(int) (read >>> 40)];
    }

    private static int lengthOf(long read) {
        return (int) ((read >>> 32) & 0xFF);
    }

    private static int codePointOf(long read) {
        return (int) (read & 0xFFFFFFFFL);
    }

    /**
     * Code pages ordered by how many complete sequences of the whole text each explains, ties in
     * declaration order: the seed's "ğŸ™‹" (F0 9F 99 8B) only reads through Windows-1254, so its
     * "Ã©" is named Windows-1254 too rather than the more common Windows-1252.
     */
    private static int[] ranking(List<Sequence> sequences) {
        int[] counts = new int[PAGES.length];
        for (Sequence sequence : sequences) {
            if (sequence.kind == Kind.COMPLETE) {
                for (CodePage page : PAGES) {
                    if ((sequence.pages & (1 << page.ordinal())) != 0) {
                        counts[page.ordinal()]++;
                    }
                }
            }
        }
        Integer[] order = new Integer[PAGES.length];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        java.util.Arrays.sort(order, (a, b) -> counts[b] != counts[a] ? counts[b] - counts[a] : a - b);
        int[] ranking = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            ranking[p] = order[p];
        }
        return ranking;
    }

    private static CodePage best(int pages, int[] ranking) {
        for (int p : ranking) {
            if ((pages & (1 << p)) != 0) {
                return PAGES[p];
            }
        }
        throw new IllegalArgumentException("no code page in mask " + pages);
    }

    /** Groups sequences separated only by letters or digits, widened to whole words. */
    private static List<MojibakeSpan> spans(CharSequence text, List<Sequence> sequences, int[] ranking) {
        List<MojibakeSpan> result = new ArrayList<>();
        int first = 0;
        while (first < sequences.size()) {
            int last = first;
            while (last + 1 < sequences.size() && onlyWordCharacters(text, sequences.get(last).end, sequences.get(last + 1).start)) {
                last++;
            }
            result.add(span(text, sequences.subList(first, last + 1), ranking));
            first = last + 1;
        }
        return result;
    }

    private static MojibakeSpan span(CharSequence text, List<Sequence> group, int[] ranking) {
        int start = group.get(0).start;
        while (start > 0 && isWordCharacter(Character.codePointBefore(text, start))) {
            start -= Character.charCount(Character.codePointBefore(text, start));
        }
        int end = group.get(group.size() - 1).end;
        // "Ã" + no-break space is "à" followed by nothing: the next word is not part of the span
        if (!Character.isSpaceChar(text.charAt(end - 1))) {
            while (end < text.length() && isWordCharacter(Character.codePointAt(text, end))) {
                end += Character.charCount(Character.codePointAt(text, end));
            }
        }
        int shared = -1;
        for (Sequence sequence : group) {
            shared &= sequence.pages;
        }
        CodePage page = best(shared != 0 ? shared : group.get(0).pages, ranking);
        MojibakeSpan.Damage damage = MojibakeSpan.Damage.NONE;
        StringBuilder repaired = new StringBuilder(end - start);
        repaired.append(text, start, group.get(0).start);
        for (int g = 0; g < group.size(); g++) {
            Sequence sequence = group.get(g);
            CodePage through = (sequence.pages & (1 << page.ordinal())) != 0 ? page : best(sequence.pages, ranking);
            switch (sequence.kind) {
                case COMPLETE -> repaired.appendCodePoint(decode(text, sequence, through));
                case TRUNCATED -> {
                    repaired.append('\uFFFD');
                    damage = MojibakeSpan.Damage.LOST_BYTES;
                }
                case NO_BREAK_SPACE_LOST -> {
                    repaired.append('\u00E0');
                    if (damage == MojibakeSpan.Damage.NONE) {
                        damage = MojibakeSpan.Damage.LOST_NO_BREAK_SPACE;
                    }
                }
            }
            int next = g + 1 < group.size() ? group.get(g + 1).start : end;
            repaired.append(text, sequence.end, next);
        }
        String once = repaired.toString();
        int rounds = 1;
        String current = once;
        while (damage == MojibakeSpan.Damage.NONE && rounds < MAX_ROUNDS) {
            String again = repairAgain(current, ranking);
            if (again == null) {
                break;
            }
            current = again;
            rounds++;
        }
        return new MojibakeSpan(start, end, text.subSequence(start, end).toString(), current, page, rounds, damage);
    }

    /**
     * Text mis-read twice: "Ã©" became "ÃƒÂ©" (C3 83 C2 A9). The first repair gives "Ã©" back,
     * which is itself complete mojibake; returns null when the text holds none, or any doubt.
     */
    private static String repairAgain(String text, int[] ranking) {
        List<Sequence> sequences = sequences(text, offset -> false);
        if (sequences.isEmpty() || sequences.stream().anyMatch(s -> s.kind != Kind.COMPLETE)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Sequence sequence : sequences) {
            out.append(text, at, sequence.start);
            out.appendCodePoint(decode(text, sequence, best(sequence.pages, ranking)));
            at = sequence.end;
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    private static int decode(CharSequence text, Sequence sequence, CodePage page) {
        return codePointOf(read(text, sequence.start, page));
    }

    private static boolean onlyWordCharacters(CharSequence text, int from, int to) {
        for (int i = from; i < to; i += Character.charCount(Character.codePointAt(text, i))) {
            if (!isWordCharacter(Character.codePointAt(text, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordCharacter(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}

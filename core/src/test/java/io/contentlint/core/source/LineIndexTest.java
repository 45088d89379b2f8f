package io.contentlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void lfCrlfAndLoneCrEachEndALine() {
        LineIndex lines = new LineIndex("a\nb\r\nc\rd");

        assertThat(lines.lineCount()).isEqualTo(4);
        assertThat(lines.position(0)).isEqualTo(new Position(1, 1));
        assertThat(lines.position(2)).isEqualTo(new Position(2, 1));
        assertThat(lines.position(5)).isEqualTo(new Position(3, 1));
        assertThat(lines.position(7)).isEqualTo(new Position(4, 1));
        assertThat(lines.lineText(2)).isEqualTo("b");
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        String text = "😀é x";
        LineIndex lines = new LineIndex(text);

        assertThat(lines.position(text.indexOf('x'))).isEqualTo(new Position(1, 4));
        assertThat(lines.offset(1, 4)).isEqualTo(text.indexOf('x'));
    }

    @Test
    void offsetsPastTheEndStayOnTheLastLine() {
        LineIndex lines = new LineIndex("ab\ncd\n");

        assertThat(lines.position(100)).isEqualTo(new Position(3, 1));
        assertThat(lines.lineEnd(1)).isEqualTo(2);
    }

    @Test
    void columnsCountCodePointsLikeStringDoesWithPairsAndLoneSurrogates() {
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', '\n', '\r', '\uD83D', '\uDE00', '\u00E9'};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            LineIndex index = new LineIndex(s);
            for (int offset = 0; offset <= s.length(); offset++) {
                int line = index.lineOf(offset);
                int expected = s.codePointCount(index.lineStart(line), Math.max(index.lineStart(line), offset)) + 1;
                assertThat(index.position(offset).column()).as("%s at %d", s, offset).isEqualTo(expected);
            }
        }
    }

    @Test
    void aCrOnlyFileHasALineForEachCr() {
        LineIndex lines = new LineIndex("a\rb\r\rc\r");

        assertThat(lines.lineCount()).isEqualTo(5);
        assertThat(lines.lineText(2)).isEqualTo("b");
        assertThat(lines.lineText(3)).isEmpty();
        assertThat(lines.position(5)).isEqualTo(new Position(4, 1));
    }

    @Test
    void lineStartsAreThoseOfAReadingCharByChar() {
        java.util.Random random = new java.util.Random(11);
        char[] alphabet = {'a', '\n', '\r', '\u2019', '\uD83D', '\uDE00'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            java.util.List<Integer> expected = new java.util.ArrayList<>(java.util.List.of(0));
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    expected.add(i + 1);
                }
            }
            LineIndex index = new LineIndex(s);
            assertThat(index.lineCount()).as(s).isEqualTo(expected.size());
            for (int line = 1; line <= expected.size(); line++) {
                assertThat(index.lineStart(line)).as("%s line %d", s, line).isEqualTo(expected.get(line - 1));
            }
        }
    }
}

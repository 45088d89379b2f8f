package io.contentlint.core.encoding;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A single-byte code page that UTF-8 text is commonly mis-read through, with both directions of
 * its high half (bytes 0x80-0xFF). The lower half is ASCII in all of them.
 *
 * <p>Bytes a Windows code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in Windows-1252)
 * map to the C1 control with the same number, as browsers and most converters do: "Ã" followed
 * by U+0081 is the bytes C3 81, "Á". Converters that drop those bytes instead leave a span that
 * cannot be repaired (the seed's emoji lost their 0x8F and 0x8D that way).
 */
public enum CodePage {
    WINDOWS_1252("Windows-1252", "windows-1252", true, "éèàçêâôîûùëïüöäßñáíóúãõœÉÀÇ’«»–—…€"),
    LATIN_1("Latin-1 (ISO-8859-1)", "ISO-8859-1", false, "éèàçêâôîûùëïüöäßñáíóúãõÉÀÇ«»"),
    WINDOWS_1254("Windows-1254", "windows-1254", true, "çğıöşüÇĞİÖŞÜ"),
    WINDOWS_1250("Windows-1250", "windows-1250", true, "áčďéěíňóřšťúůýžąćęłńśźżőűĺľŕŠŽČŘŁ"),
    MAC_ROMAN("Mac Roman", "x-MacRoman", false, "éèàçêâôîûùëïüöäßñáíóú’«»–—…");

    private static final char UNDEFINED = '\uFFFD';

    private final String displayName;
    private final Charset charset;
    private final String frequentLetters;
    private final char[] highChars = new char[128];
    private final short[] byteOfChar = new short[0x10000];

    CodePage(String displayName, String charsetName, boolean undefinedAsC1, String frequentLetters) {
        this.displayName = displayName;
        this.frequentLetters = frequentLetters;
        this.charset = Charset.forName(charsetName);
        Arrays.fill(byteOfChar, (short) -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = new String(new byte[] {(byte) b}, charset).charAt(0);
            if (c == UNDEFINED && undefinedAsC1) {
                c = (char) b;
            }
            highChars[b - 0x80] = c;
            if (c != UNDEFINED) {
                byteOfChar[c] = (short) b;
            }
        }
    }

    public String displayName() {
        return displayName;
    }

    /** Characters the languages written in this page use often: evidence when guessing a file's page. */
    public String frequentLetters() {
        return frequentLetters;
    }

    public Charset charset() {
        return charset;
    }

    /** The byte 0x80-0xFF this character is written as in this code page, or -1 (ASCII or not in the page). */
    public int highByteOf(char c) {
        return c < 0x80 ? -1 : byteOfChar[c];
    }

    /** The character a byte 0x80-0xFF stands for, or U+FFFD when the page leaves it undefined. */
    public char charOf(int highByte) {
        return highChars[highByte - 0x80];
    }

    public boolean defines(int highByte) {
        return charOf(highByte) != UNDEFINED;
    }
}

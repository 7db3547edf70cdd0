package org.troubleshoot.publish;

import java.nio.charset.StandardCharsets;

/**
 * A string's Latin-1 form, the way the writers find the ASCII in it quickly: the JDK copies a string that holds
 * only Latin-1 characters into this form as it is, without looking at it (its UTF-8 form would be scanned for
 * non-ASCII first), and while the characters are ASCII these bytes are their UTF-8 too. A character Latin-1
 * cannot hold comes out as '?', told apart from a real question mark by the string itself; up to the first
 * character that is not ASCII, index {@code i} of the form is index {@code i} of the string.
 */
final class Latin1Form {
    private Latin1Form() {}

    static byte[] of(String string) {
        return string.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Whether the character at {@code i} is not ASCII, every character before it being ASCII. */
    static boolean endsAscii(byte[] form, int i, String string) {
        byte b = form[i];
        return b < 0 || b == '?' && string.charAt(i) != '?';
    }
}

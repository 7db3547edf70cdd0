package org.troubleshoot.publish;

/**
 * UTF-8's byte patterns, for the writers that encode straight into a byte buffer of their own ({@link Utf8Writer},
 * {@link PrettyJsonWriter}): each returns the position after what it wrote, and the caller makes room first.
 */
final class Utf8Bytes {
    private Utf8Bytes() {}

    /** The two or three bytes of {@code c}, a character that is neither ASCII nor a surrogate. */
    static int put(char c, byte[] buffer, int at) {
        int i = at;
        if (c < 0x800) {
            buffer[i++] = (byte) (0xC0 | c >> 6);
        } else {
            buffer[i++] = (byte) (0xE0 | c >> 12);
            buffer[i++] = (byte) (0x80 | c >> 6 & 0x3F);
        }
        buffer[i++] = (byte) (0x80 | c & 0x3F);
        return i;
    }

    /** The four bytes of a code point beyond the Basic Multilingual Plane (written in UTF-16 as a surrogate pair). */
    static int putCodePoint(int code, byte[] buffer, int at) {
        buffer[at] = (byte) (0xF0 | code >> 18);
        buffer[at + 1] = (byte) (0x80 | code >> 12 & 0x3F);
        buffer[at + 2] = (byte) (0x80 | code >> 6 & 0x3F);
        buffer[at + 3] = (byte) (0x80 | code & 0x3F);
        return at + 4;
    }
}

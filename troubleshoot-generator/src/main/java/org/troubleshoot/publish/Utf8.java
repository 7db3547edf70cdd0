package org.troubleshoot.publish;

/** UTF-8 encoding into a byte array, for the writers of this package. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Writes the two or three bytes of {@code c} (not ASCII, not a surrogate) at {@code at}.
     *
     * @return the index after them
     */
    static int putChar(byte[] buffer, int at, char c) {
        if (c < 0x800) {
            buffer[at++] = (byte) (0xC0 | c >> 6);
        } else {
            buffer[at++] = (byte) (0xE0 | c >> 12);
            buffer[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        }
        buffer[at++] = (byte) (0x80 | c & 0x3F);
        return at;
    }

    /**
     * Writes the four bytes of a code point beyond the Basic Multilingual Plane (a surrogate pair) at {@code at}.
     *
     * @return the index after them
     */
    static int putCodePoint(byte[] buffer, int at, int code) {
        buffer[at++] = (byte) (0xF0 | code >> 18);
        buffer[at++] = (byte) (0x80 | code >> 12 & 0x3F);
        buffer[at++] = (byte) (0x80 | code >> 6 & 0x3F);
        buffer[at++] = (byte) (0x80 | code & 0x3F);
        return at;
    }
}

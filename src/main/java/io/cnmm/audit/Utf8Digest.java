package io.cnmm.audit;

import java.security.MessageDigest;

/**
 * Encodes canonical JSON text as UTF-8 straight into a digest, through a small buffer. Encodes
 * exactly as {@code String.getBytes(UTF_8)} does, a lone surrogate included (as {@code ?}), so the
 * digest equals that of the written string.
 */
final class Utf8Digest implements CanonicalWriter.Sink, AutoCloseable {

    private final MessageDigest digest;
    private final byte[] buffer = new byte[8192];
    private int size;
    /** A high surrogate waiting for the low one that may come in the next call. */
    private char pendingHigh;

    Utf8Digest(MessageDigest digest) {
        this.digest = digest;
    }

    @Override
    public void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i));
        }
    }

    @Override
    public void append(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                codePoint(Character.toCodePoint(high, c));
                return;
            }
            put((byte) '?');
        }
        if (c < 0x80) {
            put((byte) c);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            put((byte) '?');
        } else {
            codePoint(c);
        }
    }

    private void codePoint(int codePoint) {
        if (codePoint < 0x800) {
            put((byte) (0xC0 | codePoint >> 6));
        } else if (codePoint < 0x10000) {
            put((byte) (0xE0 | codePoint >> 12));
            put((byte) (0x80 | codePoint >> 6 & 0x3F));
        } else {
            put((byte) (0xF0 | codePoint >> 18));
            put((byte) (0x80 | codePoint >> 12 & 0x3F));
            put((byte) (0x80 | codePoint >> 6 & 0x3F));
        }
        put((byte) (0x80 | codePoint & 0x3F));
    }

    private void put(byte b) {
        if (size == buffer.length) {
            digest.update(buffer, 0, size);
            size = 0;
        }
        buffer[size++] = b;
    }

    /** Writes what is left, a high surrogate that never met its low one included. */
    @Override
    public void close() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put((byte) '?');
        }
        digest.update(buffer, 0, size);
        size = 0;
    }
}

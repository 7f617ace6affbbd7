package io.cnmm.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The stored private key, encrypted with the configured password. */
class KeyCipherTest {

    private final KeyPair pair = Ed25519.generate();

    @Test
    void decryptsWithThePasswordItWasEncryptedWith() {
        byte[] stored = KeyCipher.encrypt(pair.getPrivate().getEncoded(), "correct horse");
        assertFalse(Arrays.equals(pair.getPrivate().getEncoded(), Arrays.copyOfRange(stored, 28, stored.length)));
        assertArrayEquals(pair.getPrivate().getEncoded(), KeyCipher.decrypt(stored, "correct horse"));
    }

    @Test
    void refusesAWrongPasswordOrChangedBytes() {
        byte[] stored = KeyCipher.encrypt(pair.getPrivate().getEncoded(), "correct horse");
        assertThrows(IllegalStateException.class, () -> KeyCipher.decrypt(stored, "battery staple"));
        stored[stored.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> KeyCipher.decrypt(stored, "correct horse"));
    }
}

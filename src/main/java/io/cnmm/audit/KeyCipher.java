package io.cnmm.audit;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the stored private signing key with a password from configuration, so that reading the
 * database alone is not enough to forge seals. AES-256-GCM under a key derived with PBKDF2; the
 * stored bytes are salt, nonce, then ciphertext with its tag.
 */
final class KeyCipher {

    static final String NONE = "none";
    static final String SCHEME = "pbkdf2-sha256-310000/aes-256-gcm";
    private static final int ITERATIONS = 310_000; // OWASP's figure for PBKDF2-HMAC-SHA256 when this was written
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private KeyCipher() {
    }

    static byte[] encrypt(byte[] plain, String password) {
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, password, salt, nonce, plain);
        return ByteBuffer.allocate(salt.length + nonce.length + sealed.length).put(salt).put(nonce).put(sealed).array();
    }

    /** @throws IllegalStateException when the password is wrong or the bytes were changed */
    static byte[] decrypt(byte[] stored, String password) {
        byte[] salt = Arrays.copyOfRange(stored, 0, SALT_BYTES);
        byte[] nonce = Arrays.copyOfRange(stored, SALT_BYTES, SALT_BYTES + NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(stored, SALT_BYTES + NONCE_BYTES, stored.length);
        return run(Cipher.DECRYPT_MODE, password, salt, nonce, sealed);
    }

    private static byte[] run(int mode, String password, byte[] salt, byte[] nonce, byte[] input) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(mode == Cipher.DECRYPT_MODE
                    ? "cannot decrypt the stored signing key: cnmm.signing.key-password is wrong" : "cannot encrypt the signing key", e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        new SecureRandom().nextBytes(out);
        return out;
    }
}

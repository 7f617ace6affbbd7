package io.cnmm.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers which password last matched which stored hash, so HTTP Basic does not pay a bcrypt
 * check (about 60 ms of CPU at cost 10) on every request of the same user. It is keyed by the
 * stored hash itself: a changed password or a deleted user misses at once, on every replica, and
 * roles are always read from the user's row. What is kept is an HMAC of the password under a key
 * that lives only in this process, never the password.
 */
@ApplicationScoped
class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final Map<String, Verified> byUser = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    private record Verified(String hash, byte[] passwordMac) {
    }

    boolean known(String username, String password, String storedHash) {
        Verified verified = byUser.get(username);
        return verified != null && verified.hash().equals(storedHash)
                && MessageDigest.isEqual(verified.passwordMac(), mac(password));
    }

    void remember(String username, String password, String storedHash) {
        if (byUser.size() >= MAX_ENTRIES) {
            byUser.clear(); // crude, and enough: it only costs the next sign-ins a bcrypt check
        }
        byUser.put(username, new Verified(storedHash, mac(password)));
    }

    private byte[] mac(String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

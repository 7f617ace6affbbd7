package io.cnmm.audit;

import java.time.Instant;

/**
 * One signing key as auditors need it: its id (as seals and exports name it), when it was created,
 * whether it signs now, and its public half as PEM. The private half never leaves the server.
 */
public record SigningKeyView(String keyId, String algorithm, Instant createdAt, boolean current, String publicKey) {

    static SigningKeyView of(SigningKey key, boolean current) {
        return new SigningKeyView(key.keyId, key.algorithm, key.createdAt, current, key.publicKey);
    }
}

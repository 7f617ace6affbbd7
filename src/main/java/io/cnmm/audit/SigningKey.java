package io.cnmm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The server's Ed25519 key as stored: shared by every replica, the private half encrypted when configured. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @Column(name = "key_id")
    public String keyId;
    @Column(nullable = false)
    public String algorithm;
    /** PEM, as served at {@code GET /api/signing-key}. */
    @Column(name = "public_key", nullable = false)
    public String publicKey;
    @Column(name = "private_key", nullable = false)
    public byte[] privateKey;
    /** {@code none}, or the scheme {@link KeyCipher} encrypted the private key with. */
    @Column(nullable = false)
    public String encryption;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

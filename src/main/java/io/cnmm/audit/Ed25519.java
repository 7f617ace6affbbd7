package io.cnmm.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 as seals use it, with nothing but the JDK, so the offline verifier needs no server code:
 * what exactly is signed, keys as PEM, and key ids. A third party can do the same with OpenSSL
 * (docs/audit.md).
 */
public final class Ed25519 {

    public static final String ALGORITHM = "Ed25519";
    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";

    private Ed25519() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    /**
     * The bytes a seal signs: its digest and the previous assessment's digest, so a signature
     * vouches for the content and its place in the chain. UTF-8 of {@code digest + "\n" + previous},
     * previous empty for the first assessment.
     */
    public static byte[] sealMessage(String digest, String previous) {
        return (digest + "\n" + (previous == null ? "" : previous)).getBytes(StandardCharsets.UTF_8);
    }

    /** Base64 of the signature. */
    public static String sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(message);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the server's Ed25519 key", e);
        }
    }

    /** False for a wrong signature and for one that is not even base64 of the right length. */
    public static boolean verify(PublicKey key, byte[] message, String base64Signature) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code sha256:<hex>} of the public key's X.509 SubjectPublicKeyInfo DER bytes: what a PEM file holds. */
    public static String keyId(PublicKey key) {
        return CanonicalJson.sha256Of(key.getEncoded());
    }

    public static String toPem(PublicKey key) {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n" + PEM_END + "\n";
    }

    public static PublicKey publicKeyFromPem(String pem) {
        String base64 = pem.replace(PEM_BEGIN, "").replace(PEM_END, "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM form", e);
        }
    }

    public static PrivateKey privateKeyFromPkcs8(byte[] der) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored signing key is not an Ed25519 private key", e);
        }
    }
}

package io.cnmm.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Verifies a JSON export offline, with nothing but the export and the server's public key: no
 * server, no database, no Quarkus. Recomputes the digest of the export's assessment from its
 * canonical form, checks that the key is the one the seal names, and checks the signature.
 * The link to the previous assessment needs that assessment too, so it is reported, not checked.
 *
 * <p>Until the command line has a verify command:
 * {@code java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/app/*' io.cnmm.audit.ExportVerifier export.json key.pem}
 */
public final class ExportVerifier {

    public static final String EXPORT_FORMAT = "cnmm-export/1";

    private ExportVerifier() {
    }

    /** One check: its name, whether it passed, and what was compared. */
    public record Check(String name, boolean ok, String detail) {
    }

    /** @param previousDigest the digest of the assessment sealed before this one, to check against its export */
    public record Report(boolean valid, String assessment, Long position, String digest, String previousDigest,
                         List<Check> checks) {

        @Override
        public String toString() {
            return "assessment " + assessment + (position == null ? "" : ", chain position " + position) + "\n"
                    + checks.stream().map(c -> String.format("  %-4s %-9s %s", c.ok() ? "OK" : "FAIL", c.name(), c.detail()))
                    .collect(Collectors.joining("\n"))
                    + "\n  (the link to the previous assessment, " + previousDigest
                    + ", is checked with that assessment's export or GET /api/assessments/{id}/verification)\n"
                    + (valid ? "VALID" : "NOT VALID");
        }
    }

    public static Report verify(Path exportJson, Path publicKeyPem) {
        try {
            return verify(Files.readAllBytes(exportJson), Files.readString(publicKeyPem));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + e.getMessage(), e);
        }
    }

    public static Report verify(byte[] exportJson, String publicKeyPem) {
        JsonNode export;
        try {
            export = CanonicalJson.parse(exportJson);
        } catch (UncheckedIOException e) {
            return new Report(false, null, null, null, null, List.of(new Check("format", false, e.getMessage())));
        }
        JsonNode assessment = export.path("assessment");
        JsonNode seal = export.path("seal");
        List<Check> checks = new ArrayList<>();
        boolean wellFormed = EXPORT_FORMAT.equals(export.path("format").asText()) && assessment.isObject()
                && seal.path("digest").isTextual() && seal.path("signature").isTextual();
        checks.add(new Check("format", wellFormed, wellFormed ? EXPORT_FORMAT + " with an assessment and its seal"
                : "not a " + EXPORT_FORMAT + " export with an assessment and a seal"));
        if (!wellFormed) {
            return new Report(false, null, null, null, null, checks);
        }
        String digest = seal.path("digest").asText();
        String previous = seal.path("previousDigest").isTextual() ? seal.path("previousDigest").asText() : null;
        String recomputed = CanonicalJson.digest(assessment);
        checks.add(new Check("digest", recomputed.equals(digest), recomputed.equals(digest)
                ? digest + " recomputed from the assessment" : "sealed " + digest + ", recomputed " + recomputed));
        PublicKey key = Ed25519.publicKeyFromPem(publicKeyPem);
        String keyId = Ed25519.keyId(key);
        boolean sameKey = keyId.equals(seal.path("keyId").asText());
        checks.add(new Check("key", sameKey, sameKey ? "the seal names the given key, " + keyId
                : "the seal names " + seal.path("keyId").asText() + ", the given key is " + keyId));
        boolean signed = Ed25519.verify(key, Ed25519.sealMessage(digest, previous), seal.path("signature").asText());
        checks.add(new Check("signature", signed, signed ? "Ed25519 over the digest and the previous digest"
                : "does not verify with the given key"));
        boolean valid = checks.stream().allMatch(Check::ok);
        return new Report(valid, assessment.path("id").asText(), seal.path("position").isNumber()
                ? seal.path("position").asLong() : null, digest, previous, checks);
    }

    /** Exit status 0: valid; 1: not valid; 2: wrong arguments or unreadable files. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ExportVerifier <export.json> <public-key.pem>");
            System.exit(2);
        }
        try {
            Report report = verify(Path.of(args[0]), Path.of(args[1]));
            System.out.println(report);
            System.exit(report.valid() ? 0 : 1);
        } catch (RuntimeException e) {
            System.err.println("cannot verify: " + e.getMessage());
            System.exit(2);
        }
    }
}

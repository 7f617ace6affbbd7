package io.cnmm.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The three checks of one seal, shared by the single-assessment and the whole-chain verification.
 *
 * @param expectedPrevious the digest of the assessment one position before; {@code null} at position 1, or
 *                         when there is no seal there
 * @param key              the public key the seal names, or {@code null} when no such key is stored
 */
record SealCheck(AssessmentSeal seal, String recomputedDigest, String expectedPrevious, PublicKey key) {

    boolean digestMatches() {
        return seal.digest.equals(recomputedDigest);
    }

    boolean linked() {
        return (seal.position == 1 || expectedPrevious != null) && Objects.equals(seal.previousDigest, expectedPrevious);
    }

    boolean signatureValid() {
        return key != null && Ed25519.verify(key, Ed25519.sealMessage(seal.digest, seal.previousDigest), seal.signature);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (recomputedDigest == null) {
            problems.add("the assessment's rows are gone");
        } else if (!digestMatches()) {
            problems.add("its stored rows no longer match the digest sealed at " + seal.sealedAt + ": sealed "
                    + seal.digest + ", recomputed " + recomputedDigest);
        }
        if (seal.position > 1 && expectedPrevious == null) {
            problems.add("no assessment is sealed at position " + (seal.position - 1) + ", the one before it");
        } else if (!linked()) {
            problems.add("its link to position " + (seal.position - 1) + " is broken: it names " + seal.previousDigest
                    + ", the assessment there has " + expectedPrevious);
        }
        if (key == null) {
            problems.add("it was signed with key " + seal.keyId + ", which this server does not hold");
        } else if (!signatureValid()) {
            problems.add("its signature does not verify with key " + seal.keyId);
        }
        return problems;
    }
}

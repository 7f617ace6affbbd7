package io.cnmm.audit;

import java.util.List;
import java.util.UUID;

/**
 * One assessment checked against its seal: the digest recomputed from its stored rows, the link to
 * the assessment sealed before it, and the signature.
 *
 * @param problems what is wrong, in sentences; empty when valid
 */
public record AssessmentVerification(UUID assessment, boolean valid, Long position, String digest,
                                     String recomputedDigest, String previousDigest, String keyId,
                                     boolean digestMatches, boolean linkedToPredecessor, boolean signatureValid,
                                     List<String> problems) {
}

package io.cnmm.report;

import io.cnmm.audit.AssessmentSeal;

/** The seal as the report prints it, for a reader to compare with the JSON export or the server. */
final class SealSection {

    private SealSection() {
    }

    static ReportPage.Seal of(AssessmentSeal seal) {
        return seal == null ? null : new ReportPage.Seal(seal.position, seal.digest,
                seal.previousDigest == null ? "none: the first sealed assessment" : seal.previousDigest, seal.signature,
                seal.keyId, ReportPageBuilder.when(seal.sealedAt.toString()));
    }
}

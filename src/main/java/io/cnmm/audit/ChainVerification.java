package io.cnmm.audit;

import java.util.List;

/**
 * A whole chain checked from its first record to its last.
 *
 * @param firstBroken the earliest record that fails a check, or {@code null} when none does
 * @param broken      every record that fails, in chain order (at most {@value ChainVerifier#MAX_REPORTED})
 * @param unsealed    assessments stored without a seal (assessment chain only)
 */
public record ChainVerification(String chain, long checked, boolean valid, BrokenRecord firstBroken,
                                List<BrokenRecord> broken, List<String> unsealed) {

    /**
     * @param position the record's place in its chain
     * @param record   what it is: {@code assessment/<id>} or {@code audit-log/<id>}
     */
    public record BrokenRecord(long position, String record, List<String> problems) {
    }
}

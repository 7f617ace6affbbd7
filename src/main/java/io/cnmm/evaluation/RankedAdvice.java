package io.cnmm.evaluation;

import io.cnmm.model.Text;

/**
 * The advice for one indicator's next step, in the order to act on it.
 *
 * @param provisional true when the indicator is a CNMM Assess placeholder for an unpublished CAICT item
 * @param reason      why it ranks where it does, for the reader
 */
public record RankedAdvice(int rank, String indicator, String domain, boolean provisional, int fromLevel, int toLevel,
                           Text text, String reason) {
}

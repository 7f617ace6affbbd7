package io.cnmm.evaluation;

import java.util.List;

/**
 * One indicator's outcome.
 *
 * @param level        the level reached, or {@code null} when not assessed
 * @param missingFacts the declared facts that were not submitted (why it is not assessed)
 * @param gaps         the unmet criteria of the next level; empty at the top level
 * @param provisional  true for an indicator CNMM Assess proposes in place of an unpublished CAICT item
 */
public record IndicatorResult(String id, String part, String domain, boolean provisional, boolean assessed,
                              Integer level, List<String> missingFacts, List<Gap> gaps) {
}

package io.cnmm.evaluation;

import java.time.Duration;

/**
 * What one evaluation, and one run of a ruleset's scenarios, may cost before it is stopped. A full
 * evaluation of the shipped ruleset fires about a thousand rules in a few milliseconds, and a run of
 * its scenarios takes seconds; the limits are far above that and far below what would hold a
 * request's thread, and its database connection, for good. Criteria cannot loop (their only
 * consequence inserts a fact no criterion reads), so these bound the aggregation rules of an
 * installation and anything the checks might one day miss.
 *
 * @param maxFirings       rule firings in one evaluation
 * @param deadline         time for one evaluation
 * @param scenarioDeadline time for one run of a ruleset's scenarios
 */
public record EvaluationLimits(int maxFirings, Duration deadline, Duration scenarioDeadline) {

    public static final EvaluationLimits DEFAULT = new EvaluationLimits(100_000, Duration.ofSeconds(10), Duration.ofMinutes(5));
}

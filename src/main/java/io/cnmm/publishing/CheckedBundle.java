package io.cnmm.publishing;

import io.cnmm.evaluation.Evaluator;

/**
 * A bundle that passed validation, with the evaluator compiled from it.
 *
 * @param scenarios how its scenarios went, e.g. {@code 1374 of 1374 passed}, or why they were not run
 */
public record CheckedBundle(RulesBundle bundle, Evaluator evaluator, String scenarios, long compileMillis) {
}

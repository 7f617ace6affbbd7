package io.cnmm.evaluation;

import java.time.Instant;

/**
 * The ruleset this replica evaluates with: which published version it is, its evaluator, and how
 * it got loaded.
 *
 * @param version       digest of the published version ({@code sha256:…})
 * @param compileMillis how long compiling it took on this replica (0 when it came from the cache)
 */
public record ActiveRuleset(String version, Evaluator evaluator, Instant loadedAt, long compileMillis) {
}

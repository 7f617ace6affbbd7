/**
 * The fact vocabulary: the only Java types that rules in {@code rules/} may use.
 *
 * <p>This package is the contract between standards experts and the code. Every type here is
 * documented in {@code rules/README.md}; changing a name here breaks the experts' files, so names
 * are stable. Evaluation inserts {@link io.cnmm.vocabulary.Fact}, {@link io.cnmm.vocabulary.Criterion},
 * {@link io.cnmm.vocabulary.MaturityLevel} and the scope facts; rules insert the rest.
 */
package io.cnmm.vocabulary;

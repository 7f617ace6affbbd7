/**
 * What an operator reads about a running replica: the service's own Micrometer meters (names in
 * {@code docs/operations.md}, "Metrics, traces and logs"), the spans of a submission, and the
 * signed-in user in the log context. The features call these small recorders; none of them changes
 * what a feature does.
 */
package io.cnmm.observability;

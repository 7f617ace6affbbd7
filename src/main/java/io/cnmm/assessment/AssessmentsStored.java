package io.cnmm.assessment;

/**
 * Fired in the transaction that stores and seals assessments, for whoever counts them after the
 * commit (the metrics).
 *
 * @param action {@code submitted} or {@code reevaluated}
 * @param count  how many this transaction stored
 */
public record AssessmentsStored(String action, int count) {
}

package io.cnmm.rescoring;

/**
 * @param scope     {@code latest} (default): each enterprise's newest original assessment; {@code all}: every original
 * @param batchSize assessments evaluated and stored per transaction (default 200)
 */
public record RescoringRequest(String author, String scope, Integer batchSize) {
}

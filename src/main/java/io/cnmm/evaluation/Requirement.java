package io.cnmm.evaluation;

/**
 * What a criterion asks of one fact, read from the rule's condition, for example
 * {@code containerized_pct} and {@code >= 25}. Gaps show it beside the submitted value.
 */
public record Requirement(String fact, String required) {
}

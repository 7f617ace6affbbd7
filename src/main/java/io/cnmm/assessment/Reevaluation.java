package io.cnmm.assessment;

/** The new assessment a re-evaluation stored, and how it compares with the one it re-evaluated. */
public record Reevaluation(AssessmentView assessment, AssessmentComparison comparison) {
}

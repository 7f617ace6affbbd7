package io.cnmm.assessment;

/** Which published version to re-evaluate with: a digest or a unique prefix; the active one if omitted. */
public record ReevaluationRequest(String version) {
}

package io.cnmm.publishing;

/** Who activates (or rolls back), recorded in the activation history. */
public record ActivationRequest(String author) {
}

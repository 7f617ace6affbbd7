package io.cnmm.model;

/** A text in the model's two languages. */
public record Text(String zh, String en) {
}

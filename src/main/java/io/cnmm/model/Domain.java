package io.cnmm.model;

/** A domain of a part, for example T-RM (resource management). */
public record Domain(String id, String part, Text name, Aggregation aggregation) {
}

package io.cnmm.model;

import java.util.List;

/** A part of the model (T, A or S) and its domains in model order. */
public record Part(String id, Text name, Aggregation aggregation, List<Domain> domains) {
}

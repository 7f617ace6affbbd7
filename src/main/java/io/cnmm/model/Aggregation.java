package io.cnmm.model;

/** How levels roll up into the level above; the arithmetic itself lives in rules/aggregation. */
public enum Aggregation {
    /** The floor of the mean of the levels below. */
    FLOOR_MEAN,
    /** The lowest of the levels below. */
    MIN
}

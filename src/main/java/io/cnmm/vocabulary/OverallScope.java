package io.cnmm.vocabulary;

/** How part levels roll up into the enterprise's overall level: {@code MIN} or {@code FLOOR_MEAN}. */
public record OverallScope(String aggregation) {

    public String getAggregation() {
        return aggregation;
    }
}

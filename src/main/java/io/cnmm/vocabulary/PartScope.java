package io.cnmm.vocabulary;

/** A part of the model (T, A or S) and how its domain levels roll up. */
public record PartScope(String part, String aggregation) {

    public String getPart() {
        return part;
    }

    public String getAggregation() {
        return aggregation;
    }
}

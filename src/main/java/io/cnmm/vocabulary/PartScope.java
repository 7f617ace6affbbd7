package io.cnmm.vocabulary;

/**
 * A part of the model (T, A or S), how its level rolls up, and from what: {@code domains}, or
 * {@code characteristics} for a part such as Business Application.
 */
public record PartScope(String part, String aggregation, String basis) {

    public String getPart() {
        return part;
    }

    public String getAggregation() {
        return aggregation;
    }

    public String getBasis() {
        return basis;
    }
}

package io.cnmm.vocabulary;

/**
 * A domain of the model and how its indicator levels roll up, from {@code model-data/model.yaml}:
 * {@code FLOOR_MEAN} or {@code MIN}.
 */
public record DomainScope(String domain, String part, String aggregation) {

    public String getDomain() {
        return domain;
    }

    public String getPart() {
        return part;
    }

    public String getAggregation() {
        return aggregation;
    }
}

package io.cnmm.model;

/** The types a fact can be declared with; each fixes the JSON type, the unit and the default range. */
public enum FactType {
    PERCENT("%", 0.0, 100.0),
    COUNT(null, 0.0, null),
    NUMBER(null, null, null),
    DURATION("minutes", 0.0, null),
    FREQUENCY("per week", 0.0, null),
    FLAG(null, null, null),
    CHOICE(null, null, null);

    private final String unit;
    private final Double defaultMin;
    private final Double defaultMax;

    FactType(String unit, Double defaultMin, Double defaultMax) {
        this.unit = unit;
        this.defaultMin = defaultMin;
        this.defaultMax = defaultMax;
    }

    public String unit() {
        return unit;
    }

    public Double defaultMin() {
        return defaultMin;
    }

    public Double defaultMax() {
        return defaultMax;
    }

    public boolean isNumeric() {
        return this != FLAG && this != CHOICE;
    }
}

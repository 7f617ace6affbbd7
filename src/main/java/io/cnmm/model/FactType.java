package io.cnmm.model;

/** The types a fact can be declared with; each fixes the JSON type, the unit and the default range. */
public enum FactType {
    PERCENT("%", 0.0, 100.0, 3),
    COUNT(null, 0.0, null, 0),
    NUMBER(null, null, null, 6),
    DURATION("minutes", 0.0, null, 4),
    FREQUENCY("per week", 0.0, null, 5),
    FLAG(null, null, null, 0),
    CHOICE(null, null, null, 0);

    /**
     * Significant digits a submitted number may have. Up to 15, two different decimals are always two
     * different doubles in the same order, so rules comparing {@code number} with a threshold decide
     * exactly as the decimals would; past it, 24.99999999999999999 would become 25 and meet "≥ 25".
     */
    public static final int MAX_SIGNIFICANT_DIGITS = 15;

    private final String unit;
    private final Double defaultMin;
    private final Double defaultMax;
    private final int decimals;

    FactType(String unit, Double defaultMin, Double defaultMax, int decimals) {
        this.unit = unit;
        this.defaultMin = defaultMin;
        this.defaultMax = defaultMax;
        this.decimals = decimals;
    }

    /**
     * Digits a submitted value may have after the decimal point: enough for every threshold the
     * rules use (99.999 %, 0.0167 minutes = 1 s, 0.03846 per week = twice a year), so that a value
     * with more digits is a typing or rounding slip, refused rather than silently rounded.
     */
    public int decimals() {
        return decimals;
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

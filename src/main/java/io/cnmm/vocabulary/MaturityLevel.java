package io.cnmm.vocabulary;

/**
 * One level of the maturity scale declared in {@code model-data/model.yaml} (1 to 5). Level
 * rules iterate over these instead of hard-coding the scale.
 */
public record MaturityLevel(int number, boolean top) {

    public int getNumber() {
        return number;
    }

    /** True for the highest level of the scale. */
    public boolean isTop() {
        return top;
    }
}

package io.cnmm.vocabulary;

/**
 * An indicator of the model that this evaluation covers. {@code assessed} is false when one of
 * the facts the indicator declares was not submitted: such an indicator gets no level.
 */
public record IndicatorScope(String indicator, String domain, String part, boolean assessed) {

    public String getIndicator() {
        return indicator;
    }

    public String getDomain() {
        return domain;
    }

    public String getPart() {
        return part;
    }

    public boolean isAssessed() {
        return assessed;
    }
}

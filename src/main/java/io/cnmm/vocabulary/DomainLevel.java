package io.cnmm.vocabulary;

import java.util.List;

/** A domain's level and the indicator levels it was computed from. */
public record DomainLevel(String domain, String part, int level, List<IndicatorLevel> inputs) implements Leveled {

    public DomainLevel {
        inputs = List.copyOf(inputs);
    }

    @Override
    public String id() {
        return domain;
    }

    public String getDomain() {
        return domain;
    }

    public String getPart() {
        return part;
    }

    @Override
    public int getLevel() {
        return level;
    }

    public List<IndicatorLevel> getInputs() {
        return inputs;
    }
}

package io.cnmm.vocabulary;

import java.util.List;

/**
 * The level an indicator reached, inserted by the indicator-level rules.
 *
 * @param unmet the criteria of the next level that were not met: the gap to close
 */
public record IndicatorLevel(String indicator, String domain, String part, int level, List<Criterion> unmet)
        implements Leveled {

    public IndicatorLevel {
        unmet = List.copyOf(unmet);
    }

    @Override
    public String id() {
        return indicator;
    }

    public String getIndicator() {
        return indicator;
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

    public List<Criterion> getUnmet() {
        return unmet;
    }
}

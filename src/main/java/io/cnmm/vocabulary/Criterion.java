package io.cnmm.vocabulary;

/**
 * One criterion an indicator must meet to reach a level: a rule carrying {@code @indicator} and
 * {@code @level} metadata. Evaluation inserts one per such rule before any rule fires, so the
 * level rules can see which criteria exist and which were met.
 *
 * @param rule      the criterion rule's name, unique in the ruleset
 * @param indicator the indicator id, for example {@code T-RM-01}
 * @param level     the level (2 to 5) the criterion belongs to
 */
public record Criterion(String rule, String indicator, int level) {

    /** Record accessors for rules, which read properties the JavaBeans way. */
    public String getRule() {
        return rule;
    }

    public String getIndicator() {
        return indicator;
    }

    public int getLevel() {
        return level;
    }
}

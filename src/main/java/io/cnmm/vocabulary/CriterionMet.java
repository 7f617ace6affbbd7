package io.cnmm.vocabulary;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Inserted by a criterion rule's consequence: {@code insert(new CriterionMet(kcontext));}.
 * It names the rule that fired, which is how the level rules match it to its {@link Criterion}.
 */
public final class CriterionMet {

    private final String rule;

    public CriterionMet(RuleContext kcontext) {
        this(kcontext.getRule().getName());
    }

    public CriterionMet(String rule) {
        this.rule = rule;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public String toString() {
        return "met: " + rule;
    }
}

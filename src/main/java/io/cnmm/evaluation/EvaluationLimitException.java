package io.cnmm.evaluation;

/**
 * An evaluation, or a run of scenarios, was stopped because it went past its {@link EvaluationLimits}.
 * The message names the rule that was firing when it stopped: in a ruleset that keeps firing, the
 * rule that loops.
 */
public class EvaluationLimitException extends RuntimeException {

    private final String rule;

    public EvaluationLimitException(String message, String rule) {
        super(message);
        this.rule = rule;
    }

    /** The rule that was firing when the evaluation was stopped, or {@code null} when none was. */
    public String rule() {
        return rule;
    }
}

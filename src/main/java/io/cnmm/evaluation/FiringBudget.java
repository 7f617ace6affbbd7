package io.cnmm.evaluation;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Stops a session that fires more often, or for longer, than one evaluation may: before each
 * firing it counts, and looks at the clock; past a limit it halts the session, which returns from
 * {@code fireAllRules} after the firing under way. The work really stops: no thread goes on
 * evaluating after the answer. One budget per session; not thread-safe, as sessions are not.
 */
final class FiringBudget extends DefaultAgendaEventListener {

    private final int maxFirings;
    private final long deadlineNanos;
    private int fired;
    private String stoppedAt;
    private String why;

    /** @param deadlineNanos the {@link System#nanoTime()} by which the evaluation must be done */
    FiringBudget(int maxFirings, long deadlineNanos) {
        this.maxFirings = maxFirings;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (stoppedAt != null) {
            return;
        }
        fired++;
        if (fired > maxFirings) {
            why = "after " + maxFirings + " rule firings";
        } else if (System.nanoTime() - deadlineNanos > 0) {
            why = "at its deadline, after " + fired + " rule firings";
        } else {
            return;
        }
        stoppedAt = event.getMatch().getRule().getName();
        event.getKieRuntime().halt();
    }

    /** The time by which the evaluation must be done, for the sessions it opens after this one. */
    long deadlineNanos() {
        return deadlineNanos;
    }

    /** @throws EvaluationLimitException when the session was halted, naming the rule that was about to fire */
    void check() {
        if (stoppedAt != null) {
            throw new EvaluationLimitException("the evaluation was stopped " + why + ", while rule \"" + stoppedAt
                    + "\" kept firing: a ruleset must settle after each fact is read once", stoppedAt);
        }
    }
}

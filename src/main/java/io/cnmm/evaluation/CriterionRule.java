package io.cnmm.evaluation;

import java.util.List;

/**
 * A criterion rule as written: where it is and what it requires. Built from the parsed DRL so that
 * gaps and traces can cite the expert's file and line.
 *
 * @param anyOf true when the requirements are alternatives ({@code or}), false when all must hold
 */
public record CriterionRule(String name, String indicator, int level, String file, int line,
                            List<Requirement> requirements, boolean anyOf) {

    public CriterionRule {
        requirements = List.copyOf(requirements);
    }
}

package io.cnmm.evaluation;

import java.util.List;

/**
 * What a criterion asks of one fact, read from the rule's condition: {@code containerized_pct}
 * and {@code >= 25}. Gaps show it beside the submitted value.
 *
 * @param required    the condition as an assessor reads it
 * @param constraints the condition as written in DRL, for validation against the fact's type
 * @param line        the line of its Fact pattern in the rule file
 */
public record Requirement(String fact, String required, List<String> constraints, int line) {

    public Requirement {
        constraints = List.copyOf(constraints);
    }
}

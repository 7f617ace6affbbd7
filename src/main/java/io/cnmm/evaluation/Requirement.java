package io.cnmm.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * What a criterion asks of one fact, read from the rule's condition: {@code containerized_pct}
 * and {@code >= 25}. Gaps show it beside the submitted value; the ruleset checks decide it in
 * plain Java with {@link #test}.
 *
 * @param required    the condition as an assessor reads it
 * @param constraints the condition as written in DRL, for validation against the fact's type
 * @param conditions  the constraints read into operator and value; empty when one of them cannot be
 *                    read (then {@link #testable()} is false)
 * @param line        the line of its Fact pattern in the rule file
 */
public record Requirement(String fact, String required, List<String> constraints, List<Condition> conditions, int line) {

    public Requirement {
        constraints = List.copyOf(constraints);
        conditions = List.copyOf(conditions);
    }

    public Requirement(String fact, String required, List<String> constraints, int line) {
        this(fact, required, constraints, read(constraints), line);
    }

    /** True when plain Java can decide this requirement: every constraint is a literal comparison. */
    public boolean testable() {
        return conditions.size() == constraints.size();
    }

    /**
     * Whether a value of the fact meets every constraint, as Drools would decide it.
     *
     * @param options the fact's options, lowest first (choices only)
     */
    public boolean test(Object value, List<String> options) {
        if (!testable()) {
            throw new IllegalStateException("'" + String.join(", ", constraints) + "' cannot be decided in Java");
        }
        return conditions.stream().allMatch(condition -> condition.test(value, options));
    }

    /** The constraints as written, for messages: {@code number >= 1, number <= 90}. */
    public String written() {
        return constraints.isEmpty() ? "submitted" : String.join(", ", constraints);
    }

    private static List<Condition> read(List<String> constraints) {
        List<Optional<Condition>> read = constraints.stream().map(Condition::parse).toList();
        return read.stream().allMatch(Optional::isPresent) ? read.stream().map(Optional::get).toList() : List.of();
    }
}

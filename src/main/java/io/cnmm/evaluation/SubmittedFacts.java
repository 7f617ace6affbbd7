package io.cnmm.evaluation;

import io.cnmm.vocabulary.Fact;
import java.util.List;
import java.util.Map;

/**
 * Facts that passed the model's fact schema, ready for rules.
 *
 * @param values the same facts as plain values by key (Double, Boolean or String), for storage and gaps
 */
public record SubmittedFacts(List<Fact> facts, Map<String, Object> values) {

    public SubmittedFacts {
        facts = List.copyOf(facts);
        values = Map.copyOf(values);
    }
}

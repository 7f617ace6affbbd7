package io.cnmm.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one step of advice would raise: the aggregation rules run again with the indicator one level
 * up and everything else as submitted. The headline is the highest scope raised ({@code overall},
 * then {@code part}, {@code characteristic}, {@code domain}); {@code indicator} when the step raises
 * nothing above the indicator itself.
 *
 * @param raises every aggregate raised, highest scope first; empty when only the indicator rises
 * @param from   the headline's level now; {@code null} when it is not assessed now
 */
public record AdviceEffect(String scope, String id, Integer from, Integer to, List<Raise> raises) {

    /** The scopes, highest first: the order in which advice ranks by effect. */
    static final List<String> SCOPES = List.of("overall", "part", "characteristic", "domain", "indicator");

    public AdviceEffect {
        raises = List.copyOf(raises);
    }

    /** One aggregate the step raises, from its level now ({@code null}: not assessed now) to its level then. */
    public record Raise(String scope, String id, Integer from, Integer to) {

        String describe() {
            return ("overall".equals(scope) ? "overall" : scope + " " + id) + " " + (from == null ? "not assessed" : from)
                    + " → " + to;
        }
    }

    static AdviceEffect of(String indicator, int from, List<Raise> raises) {
        if (raises.isEmpty()) {
            return new AdviceEffect("indicator", indicator, from, from + 1, raises);
        }
        Raise top = raises.get(0);
        return new AdviceEffect(top.scope(), top.id(), top.from(), top.to(), raises);
    }

    /** Lower is ranked first. */
    int tier() {
        return SCOPES.indexOf(scope);
    }

    /** {@code raises overall 2 → 3, part S 2 → 3, domain S-CA 1 → 2}, for the reader. */
    public String describe() {
        return raises.isEmpty() ? "raises no domain, characteristic, part or overall level"
                : raises.stream().map(Raise::describe).collect(Collectors.joining(", ", "raises ", ""));
    }
}

package io.cnmm.evaluation;

import io.cnmm.model.FactDefinition;
import io.cnmm.model.MaturityModel;
import io.cnmm.problem.DidYouMean;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a criterion requires against the fact schema in model-data: the fact exists, belongs
 * to the criterion's indicator, is read with the accessor of its declared type, and only with
 * options it declares. Such mistakes compile in Drools but would evaluate wrongly or fail per request.
 */
final class RequirementChecks {

    /** @param line the line to report at, or {@code null} for the rule's own line */
    record Finding(Integer line, String message) {
    }

    private final MaturityModel model;

    RequirementChecks(MaturityModel model) {
        this.model = model;
    }

    List<Finding> check(String indicator, Requirement requirement) {
        String key = requirement.fact();
        FactDefinition fact = key == null ? null : model.facts().get(key);
        if (key == null) {
            return List.of(new Finding(null, "every Fact pattern names its fact: Fact(key == \"...\", ...)"));
        }
        if (fact == null) {
            // At the typo's own line, with the nearest fact of this indicator (else of the model) as a hint.
            List<String> own = model.facts().values().stream().filter(f -> f.indicator().equals(indicator))
                    .map(FactDefinition::key).toList();
            String hint = DidYouMean.nearest(key, own).or(() -> DidYouMean.nearest(key, model.facts().keySet()))
                    .map(name -> "; did you mean \"" + name + "\"?").orElse("");
            return List.of(new Finding(requirement.line() > 0 ? requirement.line() : null,
                    "fact \"" + key + "\" is not declared in model-data" + hint));
        }
        if (!fact.indicator().equals(indicator)) {
            return List.of(new Finding(null, "fact \"" + key + "\" belongs to " + fact.indicator()
                    + ", not to " + indicator + "; declare the facts a criterion reads in its indicator"));
        }
        List<Finding> findings = new ArrayList<>();
        for (String constraint : requirement.constraints()) {
            String problem = problemWith(fact, constraint);
            if (problem != null) {
                findings.add(new Finding(requirement.line(), problem));
            }
        }
        return findings;
    }

    private static String problemWith(FactDefinition fact, String constraint) {
        String accessor = RequirementReader.accessor(constraint);
        String expected = switch (fact.type()) {
            case FLAG -> "flag";
            case CHOICE -> "choice";
            default -> "number";
        };
        if (accessor == null) {
            return "'" + constraint + "' is none of the vocabulary's conditions: number <op> value, "
                    + "flag == true|false, atLeast(\"option\"), atMost(\"option\"), choice == \"option\"";
        }
        if (!accessor.equals(expected)) {
            return "fact \"" + fact.key() + "\" is a " + fact.type().name().toLowerCase()
                    + " fact: read it with " + expected + ", not " + accessor;
        }
        if ("choice".equals(accessor) && !fact.options().contains(RequirementReader.option(constraint))) {
            return "'" + RequirementReader.option(constraint) + "' is not an option of \"" + fact.key() + "\": "
                    + fact.options();
        }
        return null;
    }
}

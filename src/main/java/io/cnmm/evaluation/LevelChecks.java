package io.cnmm.evaluation;

import io.cnmm.model.Indicator;
import io.cnmm.model.MaturityModel;
import io.cnmm.problem.SourceProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Checks each indicator's criteria as a whole, with the plain-Java {@link CriterionModel} and
 * before Drools compiles anything: every level can be reached by some allowed fact values, and
 * improving a fact the way model-data declares better never lowers the level. An indicator with a
 * requirement Java cannot decide (a threshold that is not a literal) is left to the scenarios.
 */
final class LevelChecks {

    private LevelChecks() {
    }

    static List<SourceProblem> check(MaturityModel model, Collection<CriterionRule> criteria) {
        List<SourceProblem> problems = new ArrayList<>();
        for (CriterionModel indicator : models(model, criteria).values()) {
            CandidateSpace space = new CandidateSpace(indicator);
            if (space.isEmpty()) {
                continue; // a fact whose declared range allows no value at all: nothing to reason about
            }
            LevelReachability reachability = new LevelReachability(space);
            OptionalInt unreachable = reachability.lowestUnreachable();
            unreachable.ifPresent(level -> problems.add(new UnreachableLevel(space, reachability).explain(level)));
            new LevelMonotonicity(space, reachability).check(unreachable.orElse(indicator.topLevel() + 1) - 1)
                    .ifPresent(problems::add);
        }
        return problems;
    }

    /** The plain-Java model of every indicator whose criteria it can decide, by indicator id, in model order. */
    static Map<String, CriterionModel> models(MaturityModel model, Collection<CriterionRule> criteria) {
        Map<String, List<CriterionRule>> byIndicator = criteria.stream()
                .collect(Collectors.groupingBy(CriterionRule::indicator));
        Map<String, CriterionModel> models = new LinkedHashMap<>();
        for (Indicator indicator : model.indicators().values()) {
            List<CriterionRule> own = byIndicator.get(indicator.id());
            CriterionModel candidate = own == null ? null : new CriterionModel(indicator, own, model.topLevel());
            if (candidate != null && candidate.testable()) {
                models.put(indicator.id(), candidate);
            }
        }
        return models;
    }
}

package io.cnmm.evaluation;

import io.cnmm.evaluation.CandidateSpace.Table;
import io.cnmm.evaluation.CandidateSpace.Test;
import io.cnmm.model.Better;
import io.cnmm.model.FactDefinition;
import io.cnmm.problem.SourceProblem;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Looks for fact sets where improving one fact by one candidate step, the way model-data declares
 * better, lowers the indicator's level. For each level the fact sets are built from the candidates
 * that meet what that level asks without alternatives, with the facts no criterion up to it reads
 * at their worst: every combination when there are few, else a fixed number of seeded random ones,
 * so every start checks exactly the same sets.
 */
final class LevelMonotonicity {

    /** Up to this many combinations per level are all tried; above it, {@link #SAMPLES} random ones. */
    static final int GRID = 4096;
    static final int SAMPLES = 512;

    private final CandidateSpace space;
    private final LevelReachability reachability;
    private final int[] step;

    LevelMonotonicity(CandidateSpace space, LevelReachability reachability) {
        this.space = space;
        this.reachability = reachability;
        this.step = space.facts().stream().mapToInt(LevelMonotonicity::step).toArray();
    }

    /** The first counterexample over levels 2 to {@code reachableTop}, if any. */
    Optional<SourceProblem> check(int reachableTop) {
        for (int level = 2; level <= reachableTop; level++) {
            Optional<SourceProblem> found = check(new FactSets(space, reachability, level, step));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<SourceProblem> check(FactSets sets) {
        long total = sets.combinations();
        Random random = new Random(31L * space.model().indicator().id().hashCode() + sets.level());
        long count = total <= GRID ? total : SAMPLES;
        for (long n = 0; n < count; n++) {
            int[] values = total <= GRID ? sets.combination(n) : sets.random(random);
            int level = space.level(values);
            // A set below this level belongs to a lower one, where it is tried with the facts that matter there.
            Optional<SourceProblem> found = level < sets.level() ? Optional.empty() : improveEachFact(sets, values, level);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<SourceProblem> improveEachFact(FactSets sets, int[] values, int level) {
        for (int fact = 0; fact < values.length; fact++) {
            int before = values[fact];
            if (step[fact] == 0 || !sets.read(fact) || before + step[fact] < 0
                    || before + step[fact] >= space.candidates(fact).size()) {
                continue;
            }
            values[fact] = before + step[fact];
            int after = space.level(values);
            if (after < level) {
                int[] improved = values.clone();
                values[fact] = before;
                return Optional.of(counterexample(values, level, improved, after, fact));
            }
            values[fact] = before;
        }
        return Optional.empty();
    }

    private SourceProblem counterexample(int[] before, int level, int[] after, int dropped, int fact) {
        FactDefinition definition = space.facts().get(fact);
        Table failing = space.tables().stream().filter(t -> !t.holds(after)).findFirst().orElseThrow();
        int line = failing.tests().stream().filter(t -> t.fact() == fact).map(Test::requirement)
                .mapToInt(Requirement::line).findFirst().orElse(failing.rule().line());
        String key = definition.key();
        return SourceProblem.atLine(failing.rule().file(), line, null, "indicator " + space.model().indicator().id()
                + " falls from level " + level + " to " + dropped + " when " + key + " improves from "
                + CandidateSpace.show(space.candidates(fact).get(before[fact])) + " to "
                + CandidateSpace.show(space.candidates(fact).get(after[fact])) + " (" + direction(definition)
                + "), because rule \"" + failing.rule().name() + "\" then fails: " + space.describe(before) + " is level "
                + level + ", " + space.describe(after) + " is level " + dropped + ". Fix the rule, or declare in model-data"
                + " which way " + key + " is better (better: higher, lower or neither)");
    }

    private static String direction(FactDefinition fact) {
        return switch (fact.type()) {
            case FLAG -> fact.better() == Better.LOWER ? "false is better" : "true is better";
            case CHOICE -> "a later option is better";
            default -> fact.better() == Better.LOWER ? "lower is better" : "higher is better";
        };
    }

    /** +1 when a later candidate is better, -1 when an earlier one is, 0 when neither is. */
    private static int step(FactDefinition fact) {
        return switch (fact.better()) {
            case HIGHER -> 1;
            case LOWER -> -1;
            case NEITHER -> 0;
        };
    }
}

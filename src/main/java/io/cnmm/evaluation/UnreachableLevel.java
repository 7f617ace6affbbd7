package io.cnmm.evaluation;

import io.cnmm.evaluation.CandidateSpace.Table;
import io.cnmm.evaluation.CandidateSpace.Test;
import io.cnmm.problem.SourceProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Explains why an indicator can never reach a level, at the line that blocks it: a requirement no
 * allowed value meets, a requirement that contradicts one of a lower level (levels are cumulative),
 * or, failing both, the first criterion of the level that cannot join the ones before it.
 */
final class UnreachableLevel {

    private final CandidateSpace space;
    private final LevelReachability reachability;

    UnreachableLevel(CandidateSpace space, LevelReachability reachability) {
        this.space = space;
        this.reachability = reachability;
    }

    SourceProblem explain(int level) {
        List<Table> tables = reachability.upToBlocking(level);
        Table blocking = tables.get(tables.size() - 1);
        String prefix = "indicator " + space.model().indicator().id() + " can never reach level " + level + ": ";
        return alone(blocking).or(() -> tables.stream().filter(t -> t != blocking)
                        .filter(t -> !reachability.satisfiable(List.of(t, blocking))).findFirst()
                        .map(other -> against(blocking, other)))
                .map(finding -> SourceProblem.atLine(blocking.rule().file(), finding.line(), null, prefix + finding.message()))
                .orElseGet(() -> SourceProblem.atLine(blocking.rule().file(), blocking.rule().line(), null, prefix
                        + "rule \"" + blocking.rule().name() + "\" cannot hold together with the criteria before it"));
    }

    private Optional<RequirementChecks.Finding> alone(Table table) {
        if (reachability.satisfiable(List.of(table))) {
            return Optional.empty();
        }
        if (LevelReachability.hasAlternatives(table)) {
            return Optional.of(new RequirementChecks.Finding(table.rule().line(), "none of the alternatives of rule \""
                    + table.rule().name() + "\" can be met: " + table.tests().stream()
                    .map(t -> unmet(List.of(t))).collect(Collectors.joining("; "))));
        }
        List<Test> conflicting = conflictingOn(List.of(table));
        return Optional.of(new RequirementChecks.Finding(conflicting.get(0).requirement().line(), unmet(conflicting)));
    }

    private RequirementChecks.Finding against(Table blocking, Table other) {
        if (LevelReachability.hasAlternatives(blocking) || LevelReachability.hasAlternatives(other)) {
            return new RequirementChecks.Finding(blocking.rule().line(), "rule \"" + blocking.rule().name()
                    + "\" cannot hold together with rule \"" + other.rule().name() + "\" (line " + other.rule().line() + ")");
        }
        List<Test> conflicting = conflictingOn(List.of(other, blocking));
        List<Test> own = conflicting.stream().filter(t -> blocking.tests().contains(t)).toList();
        List<Test> theirs = conflicting.stream().filter(t -> !own.contains(t)).toList();
        var fact = space.facts().get(conflicting.get(0).fact());
        return new RequirementChecks.Finding(own.get(0).requirement().line(), "no allowed values of " + fact.key()
                + " meet " + asked(own) + " here and " + asked(theirs) + " of rule \"" + other.rule().name()
                + "\" (line " + other.rule().line() + ") at once (" + FactCandidates.range(fact) + ")");
    }

    /** The tests on the first fact for which no candidate meets all that these criteria ask of it. */
    private List<Test> conflictingOn(List<Table> tables) {
        for (int fact = 0; fact < space.facts().size(); fact++) {
            int index = fact;
            List<Test> tests = tables.stream().flatMap(t -> t.tests().stream()).filter(t -> t.fact() == index).toList();
            boolean[] allowed = new boolean[space.candidates(fact).size()];
            Arrays.fill(allowed, true);
            if (!tests.isEmpty() && !tests.stream().allMatch(t -> LevelReachability.narrow(allowed, t.meets()))) {
                return tests;
            }
        }
        throw new IllegalStateException("criteria without alternatives conflict only on some fact");
    }

    /** {@code no allowed values of x meet "number >= 120" (percent, 0–100)}. */
    private String unmet(List<Test> tests) {
        var fact = space.facts().get(tests.get(0).fact());
        return "no allowed values of " + fact.key() + " meet " + asked(tests) + " (" + FactCandidates.range(fact) + ")";
    }

    private static String asked(List<Test> tests) {
        return tests.stream().map(t -> "\"" + t.requirement().written() + "\"").distinct().collect(Collectors.joining(" and "));
    }
}

package io.cnmm.evaluation;

import io.cnmm.evaluation.CandidateSpace.Table;
import io.cnmm.evaluation.CandidateSpace.Test;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Decides which levels of an indicator some allowed fact values can reach. Each requirement reads
 * one fact, so the criteria of levels 2..L can all hold exactly when, for one choice of alternative
 * per {@code or} criterion, every fact keeps at least one candidate that meets all of what is asked
 * of it: no need to try every combination of facts.
 */
final class LevelReachability {

    /** Choices of alternatives tried before a level is taken as reachable rather than searched further. */
    private static final int MAX_STEPS = 20_000;

    private final CandidateSpace space;
    private int steps;

    LevelReachability(CandidateSpace space) {
        this.space = space;
    }

    /** The lowest level that no fact values reach, if any. */
    OptionalInt lowestUnreachable() {
        for (int level = 2; level <= space.model().topLevel(); level++) {
            int upTo = level;
            if (!satisfiable(space.tables().stream().filter(t -> t.level() <= upTo).toList())) {
                return OptionalInt.of(level);
            }
        }
        return OptionalInt.empty();
    }

    /** True when some candidate values meet all of these criteria at once. */
    boolean satisfiable(List<Table> tables) {
        boolean[][] allowed = allowed(tables);
        if (allowed == null) {
            return false;
        }
        steps = 0;
        return search(allowed, tables.stream().filter(LevelReachability::hasAlternatives).toList(), 0);
    }

    /**
     * Per fact, the candidates that meet every requirement the criteria make of it unconditionally
     * (alternatives of {@code or} criteria aside); {@code null} when a fact keeps none.
     */
    boolean[][] allowed(List<Table> tables) {
        boolean[][] allowed = new boolean[space.facts().size()][];
        for (int fact = 0; fact < allowed.length; fact++) {
            allowed[fact] = new boolean[space.candidates(fact).size()];
            Arrays.fill(allowed[fact], true);
        }
        for (Table table : tables) {
            if (!hasAlternatives(table)) {
                for (Test test : table.tests()) {
                    if (!narrow(allowed[test.fact()], test.meets())) {
                        return null;
                    }
                }
            }
        }
        return allowed;
    }

    private boolean search(boolean[][] allowed, List<Table> choices, int next) {
        if (next == choices.size() || ++steps > MAX_STEPS) {
            return true;
        }
        for (Test alternative : choices.get(next).tests()) {
            boolean[] before = allowed[alternative.fact()].clone();
            if (narrow(allowed[alternative.fact()], alternative.meets()) && search(allowed, choices, next + 1)) {
                return true;
            }
            allowed[alternative.fact()] = before;
        }
        return false;
    }

    static boolean hasAlternatives(Table table) {
        return table.rule().anyOf() && table.tests().size() > 1;
    }

    /** Keeps in {@code allowed} only what {@code meets} accepts; false when nothing is left. */
    static boolean narrow(boolean[] allowed, boolean[] meets) {
        boolean any = false;
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] &= meets[i];
            any |= allowed[i];
        }
        return any;
    }

    /**
     * The criteria of the levels below {@code level}, then those of {@code level} up to the first
     * that cannot hold together with all before it (the last one returned).
     */
    List<Table> upToBlocking(int level) {
        List<Table> tables = new ArrayList<>();
        for (Table table : space.tables()) {
            if (table.level() <= level) {
                tables.add(table);
                if (table.level() == level && !satisfiable(tables)) {
                    return tables;
                }
            }
        }
        return tables;
    }
}

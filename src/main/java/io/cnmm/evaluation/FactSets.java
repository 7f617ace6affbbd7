package io.cnmm.evaluation;

import io.cnmm.evaluation.CandidateSpace.Table;
import io.cnmm.evaluation.CandidateSpace.Test;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The fact sets worth trying at one level of an indicator, numbered so that they can be listed or
 * drawn at random. A fact that no criterion up to the level reads stays at its worst candidate.
 * A fact that one reads takes, among the candidates that meet what is asked of it unconditionally,
 * one per distinct outcome of those criteria's tests, plus each candidate whose one-step
 * improvement changes an outcome: only such a step can lower the level, so trying these sets finds
 * a drop below the level whenever any allowed fact values show one.
 */
final class FactSets {

    private final int level;
    private final boolean[] read;
    private final int[][] choices;

    /** @param step per fact, +1 when a later candidate is better, -1 when an earlier one is, 0 for neither */
    FactSets(CandidateSpace space, LevelReachability reachability, int level, int[] step) {
        this.level = level;
        List<Table> tables = space.tables().stream().filter(t -> t.level() <= level).toList();
        boolean[][] allowed = reachability.allowed(tables);
        this.read = new boolean[space.facts().size()];
        this.choices = new int[read.length][];
        for (int fact = 0; fact < read.length; fact++) {
            int index = fact;
            List<Test> tests = tables.stream().flatMap(t -> t.tests().stream()).filter(t -> t.fact() == index).toList();
            read[fact] = !tests.isEmpty() && allowed != null;
            int size = space.candidates(fact).size();
            choices[fact] = read[fact] ? choices(tests, allowed[fact], step[fact]) : new int[] {step[fact] < 0 ? size - 1 : 0};
        }
    }

    private static int[] choices(List<Test> tests, boolean[] allowed, int step) {
        Set<String> outcomes = new HashSet<>();
        return IntStream.range(0, allowed.length).filter(i -> allowed[i]).filter(i -> outcomes.add(outcome(tests, i))
                || step != 0 && i + step >= 0 && i + step < allowed.length
                && !outcome(tests, i).equals(outcome(tests, i + step))).toArray();
    }

    /** Which of the tests candidate {@code i} passes, as a string of 0 and 1. */
    private static String outcome(List<Test> tests, int i) {
        StringBuilder outcome = new StringBuilder(tests.size());
        tests.forEach(test -> outcome.append(test.meets()[i] ? '1' : '0'));
        return outcome.toString();
    }

    int level() {
        return level;
    }

    /** True when a criterion up to this level reads the fact. */
    boolean read(int fact) {
        return read[fact];
    }

    /** How many fact sets there are, up to 2^40 (beyond that they are only ever drawn at random). */
    long combinations() {
        long total = 1;
        for (int[] options : choices) {
            total = Math.min(total * options.length, 1L << 40);
        }
        return total;
    }

    /** Fact set number {@code n}, counting from 0 below {@link #combinations()}. */
    int[] combination(long n) {
        int[] values = new int[choices.length];
        for (int fact = 0; fact < choices.length; fact++) {
            values[fact] = choices[fact][(int) (n % choices[fact].length)];
            n /= choices[fact].length;
        }
        return values;
    }

    int[] random(Random random) {
        int[] values = new int[choices.length];
        for (int fact = 0; fact < choices.length; fact++) {
            values[fact] = choices[fact][random.nextInt(choices[fact].length)];
        }
        return values;
    }
}

package io.cnmm.scenario;

/**
 * One level a scenario expects, beside the level the rules derived.
 *
 * @param id     an indicator, characteristic, domain or part id, or {@code overall}
 * @param actual the derived level (0 = not assessed), or {@code null} when the model has no such id
 */
public record LevelCheck(String id, int expected, Integer actual, boolean met) {

    static LevelCheck of(String id, int expected, Integer actual) {
        return new LevelCheck(id, expected, actual, actual != null && actual == expected);
    }

    /** {@code T-RM-01 expected 3, was 2}. */
    public String describe() {
        return id + " expected " + expected + ", was " + (actual == null ? "unknown id" : actual);
    }
}

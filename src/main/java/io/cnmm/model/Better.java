package io.cnmm.model;

/**
 * Which way a fact improves, declared as {@code better} in model-data. Improving a fact must never
 * lower an indicator's level; the ruleset is refused when it would.
 */
public enum Better {
    /** A higher number, {@code true}, or a later option (choices list their options lowest first). */
    HIGHER,
    /** A lower number (a recovery time, days since a drill, open findings), or {@code false}. */
    LOWER,
    /** Neither way throughout, for example when 0 stands for "never"; such a fact is not checked. */
    NEITHER;

    /** Without a declaration: a duration is better shorter, everything else higher (or true, or later). */
    static Better defaultFor(FactType type) {
        return type == FactType.DURATION ? LOWER : HIGHER;
    }
}

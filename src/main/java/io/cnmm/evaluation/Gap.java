package io.cnmm.evaluation;

import java.util.List;

/**
 * An unmet criterion of the next level: the rule that states it, where it is written, and for
 * each fact it reads the required and the submitted value.
 *
 * @param anyOf true when meeting any one of the checks is enough
 */
public record Gap(String criterion, int level, String file, int line, boolean anyOf, List<Check> checks) {

    /** One fact the criterion reads: {@code containerized_pct} required {@code >= 80}, submitted 55 %. */
    public record Check(String fact, String required, Object submitted, String unit) {
    }
}

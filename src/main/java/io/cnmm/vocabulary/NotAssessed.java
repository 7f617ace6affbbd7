package io.cnmm.vocabulary;

/**
 * An aggregate that the aggregation rules leave without a level, and one input it is missing: a
 * part one of whose domains or characteristics is not assessed, or the overall level while a part
 * is not. One fact per missing input, so the trace says why. Without one, a missing level could
 * also mean that the ruleset predates the rule, which the result tells apart (see docs/model.md).
 *
 * @param scope   {@code part} or {@code overall}
 * @param id      the part's id, or {@code overall}
 * @param missing the domain, characteristic or part that is not assessed
 */
public record NotAssessed(String scope, String id, String missing) {

    public String getScope() {
        return scope;
    }

    public String getId() {
        return id;
    }

    public String getMissing() {
        return missing;
    }
}

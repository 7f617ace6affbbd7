package io.cnmm.evaluation;

import io.cnmm.model.FactDefinition;
import io.cnmm.model.FormerEncoding;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads facts stored under an earlier version of the model in this model's encoding, as its facts'
 * {@code formerly} declarations say: a renamed key, a changed unit, a value that now reads
 * differently ({@code 0 -> never}). Applied to stored facts only, never to a submission, so a new
 * assessment must use the current encoding. It changes nothing in facts of the current encoding:
 * a former key is no longer declared and a former value is no longer allowed, so a replay under
 * the version an assessment was made with reads exactly what was stored.
 */
public final class FormerFacts {

    private final MaturityModel model;

    public FormerFacts(MaturityModel model) {
        this.model = model;
    }

    /** The stored facts in the current encoding, in their stored order. */
    public Map<String, Object> current(Map<String, Object> stored) {
        Map<String, Object> facts = new LinkedHashMap<>(stored);
        for (FactDefinition fact : model.facts().values()) {
            FormerEncoding former = fact.formerly();
            if (former == null) {
                continue;
            }
            String from = former.key() == null ? fact.key() : former.key();
            if (!facts.containsKey(from) || (!from.equals(fact.key()) && (facts.containsKey(fact.key())
                    || model.facts().containsKey(from)))) {
                continue; // nothing stored under the former key, or the key is (still) in use: leave it to the checks
            }
            Object value = facts.remove(from);
            facts.put(fact.key(), convert(fact, former, value));
        }
        return facts;
    }

    private static Object convert(FactDefinition fact, FormerEncoding former, Object value) {
        if (!(value instanceof Number number)) {
            return value;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        for (Map.Entry<String, Object> mapped : former.values().entrySet()) {
            if (isNumber(mapped.getKey()) && new BigDecimal(mapped.getKey()).compareTo(decimal) == 0) {
                return mapped.getValue();
            }
        }
        if (former.unit() == null || former.unit().equals(fact.unit())) {
            return value;
        }
        BigDecimal converted = Units.convert(fact.type(), decimal, former.unit(), fact.unit());
        if (former.decimals() != null) {
            converted = converted.setScale(former.decimals(), RoundingMode.HALF_UP);
        }
        converted = converted.stripTrailingZeros();
        // Whole and within a long's exact range: kept whole, as stored facts are (FactParser.plain); else a double.
        return converted.scale() <= 0 && converted.abs().compareTo(WHOLE_LIMIT) < 0
                ? (Object) converted.longValueExact() : (Object) converted.doubleValue();
    }

    private static final BigDecimal WHOLE_LIMIT = BigDecimal.valueOf(1e15);

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

package io.cnmm.evaluation;

import io.cnmm.vocabulary.CharacteristicLevel;
import io.cnmm.vocabulary.CharacteristicScope;
import io.cnmm.vocabulary.CriterionMet;
import io.cnmm.vocabulary.DomainLevel;
import io.cnmm.vocabulary.DomainScope;
import io.cnmm.vocabulary.Fact;
import io.cnmm.vocabulary.IndicatorLevel;
import io.cnmm.vocabulary.IndicatorScope;
import io.cnmm.vocabulary.Leveled;
import io.cnmm.vocabulary.MaturityLevel;
import io.cnmm.vocabulary.NotAssessed;
import io.cnmm.vocabulary.OverallLevel;
import io.cnmm.vocabulary.OverallScope;
import io.cnmm.vocabulary.PartLevel;
import io.cnmm.vocabulary.PartScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders vocabulary facts as plain key/value maps for the trace, so that a reader who never saw
 * Java can follow a level down to the submitted values. Anything else (the lists accumulate
 * builds internally) is left out: the derived levels carry their inputs themselves.
 */
final class TraceRenderer {

    private TraceRenderer() {
    }

    static Optional<Map<String, Object>> render(Object fact) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (fact instanceof Fact f) {
            put(out, "fact", f.getKey(), "value", FactParser.plain(f.value()));
        } else if (fact instanceof CriterionMet met) {
            put(out, "criterionMet", met.getRule());
        } else if (fact instanceof IndicatorScope s) {
            put(out, "indicator", s.indicator(), "assessed", s.assessed());
        } else if (fact instanceof MaturityLevel l) {
            put(out, "maturityLevel", l.number());
        } else if (fact instanceof DomainScope s) {
            put(out, "domain", s.domain(), "aggregation", s.aggregation());
        } else if (fact instanceof PartScope s) {
            put(out, "part", s.part(), "aggregation", s.aggregation(), "from", s.basis());
        } else if (fact instanceof CharacteristicScope s) {
            put(out, "characteristic", s.characteristic(), "aggregation", s.aggregation(), "members", s.members());
        } else if (fact instanceof CharacteristicLevel l) {
            put(out, "characteristicLevel", l.characteristic(), "level", l.level(), "from", levels(l.inputs()));
        } else if (fact instanceof OverallScope s) {
            put(out, "overall", "enterprise", "aggregation", s.aggregation());
        } else if (fact instanceof IndicatorLevel l) {
            put(out, "indicatorLevel", l.indicator(), "level", l.level(),
                    "unmet", l.unmet().stream().map(c -> c.rule()).toList());
        } else if (fact instanceof DomainLevel l) {
            put(out, "domainLevel", l.domain(), "level", l.level(), "from", levels(l.inputs()));
        } else if (fact instanceof PartLevel l) {
            put(out, "partLevel", l.part(), "level", l.level(), "from", levels(l.inputs()));
        } else if (fact instanceof NotAssessed n) {
            put(out, "notAssessed", n.id(), "scope", n.scope(), "missing", n.missing());
        } else if (fact instanceof OverallLevel l) {
            put(out, "overallLevel", "enterprise", "level", l.level(), "from", levels(l.inputs()));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Map<String, Integer> levels(List<? extends Leveled> inputs) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        inputs.stream().sorted(java.util.Comparator.comparing(Leveled::id)).forEach(i -> levels.put(i.id(), i.getLevel()));
        return levels;
    }

    private static void put(Map<String, Object> out, Object... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
    }
}

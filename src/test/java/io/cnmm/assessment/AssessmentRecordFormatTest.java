package io.cnmm.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.audit.CanonicalJson;
import io.cnmm.evaluation.AdviceEffect;
import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.Gap;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.evaluation.TraceEntry;
import io.cnmm.model.Text;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pins the sealed format: every stored digest was computed over exactly this shape. If this fails,
 * a change to AssessmentRecord or the records it holds would make every stored assessment fail
 * verification; introduce a new AssessmentRecord.FORMAT instead and keep building old ones in the old shape.
 */
class AssessmentRecordFormatTest {

    @Test
    void theSealedFormatIsUnchanged() {
        AssessmentRecord record = new AssessmentRecord(AssessmentRecord.FORMAT,
                UUID.fromString("00000000-0000-0000-0000-00000000000a"), UUID.fromString("00000000-0000-0000-0000-00000000000e"),
                "2026-11-24T10:00:00.123456Z", "2026.11-TAS1", "sha256:r", "sha256:v", null,
                Map.of("containerized_pct", 50.0, "base_image_catalog", true),
                new AggregateResult("overall", "overall", null, 2, "MIN", Map.of("T", 2), List.of("A", "S"), false, false),
                List.of(), List.of(), List.of(),
                List.of(new IndicatorResult("T-RM-01", "T", "T-RM", false, true, 2, List.of(),
                        List.of(new Gap("T-RM-01 level 3: x", 3, "T/T-RM/T-RM-01.drl", 12, false,
                                List.of(new Gap.Check("containerized_pct", ">= 50", 30, "%")))))),
                List.of(new RankedAdvice(1, "T-RM-01", "T-RM", false, 2, 3, new Text("中", "en"), "why", null)),
                List.of(new TraceEntry(1, "rule", "f.drl", "criteria", "T-RM-01", 2,
                        List.of(Map.of("fact", "containerized_pct", "value", 30)), List.of(Map.of("criterionMet", "rule")))));

        assertEquals("""
                {"advice":[{"domain":"T-RM","fromLevel":2,"indicator":"T-RM-01","provisional":false,"rank":1,\
                "reason":"why","text":{"en":"en","zh":"中"},"toLevel":3}],"characteristics":[],\
                "createdAt":"2026-11-24T10:00:00.123456Z","domains":[],"enterpriseId":"00000000-0000-0000-0000-00000000000e",\
                "facts":{"base_image_catalog":true,"containerized_pct":50},"format":"cnmm-assessment/1",\
                "id":"00000000-0000-0000-0000-00000000000a","indicators":[{"assessed":true,"domain":"T-RM",\
                "gaps":[{"anyOf":false,"checks":[{"fact":"containerized_pct","required":">= 50","submitted":30,"unit":"%"}],\
                "criterion":"T-RM-01 level 3: x","file":"T/T-RM/T-RM-01.drl","level":3,"line":12}],"id":"T-RM-01",\
                "level":2,"missingFacts":[],"part":"T","provisional":false}],"modelVersion":"2026.11-TAS1",\
                "overall":{"aggregation":"MIN","allAtTop":false,"id":"overall","inputs":{"T":2},"level":2,\
                "notAssessed":["A","S"],"parent":null,"provisional":false,"scope":"overall"},"parts":[],\
                "reevaluationOf":null,"rulesetDigest":"sha256:r","rulesetVersion":"sha256:v",\
                "trace":[{"derived":[{"criterionMet":"rule"}],"file":"f.drl","indicator":"T-RM-01","level":2,\
                "matched":[{"fact":"containerized_pct","value":30}],"rule":"rule","sequence":1,"stage":"criteria"}]}""",
                CanonicalJson.write(record));
    }

    @Test
    void adviceWithItsEffectIsTheSecondFormatAndAddsOnlyThatMember() {
        RankedAdvice advice = new RankedAdvice(1, "S-CA-02", "S-CA", false, 2, 3, new Text("中", "en"), "why",
                new AdviceEffect("overall", "overall", 2, 3, List.of(new AdviceEffect.Raise("overall", "overall", 2, 3),
                        new AdviceEffect.Raise("part", "S", 2, 3))));

        assertEquals("""
                {"domain":"S-CA","effect":{"from":2,"id":"overall","raises":[{"from":2,"id":"overall","scope":"overall","to":3},\
                {"from":2,"id":"S","scope":"part","to":3}],"scope":"overall","to":3},"fromLevel":2,"indicator":"S-CA-02",\
                "provisional":false,"rank":1,"reason":"why","text":{"en":"en","zh":"中"},"toLevel":3}""",
                CanonicalJson.write(advice));
    }
}

package io.cnmm.assessment;

import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.Coverage;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.evaluation.ReaderTrace;
import io.cnmm.evaluation.TraceEntry;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored assessment: the submitted facts and everything derived from them, pinned to the
 * model version and ruleset digest that produced it. Written once, never updated.
 */
@Entity
public class Assessment {

    @Id
    public UUID id;
    @Column(name = "enterprise_id", nullable = false)
    public UUID enterpriseId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "model_version", nullable = false)
    public String modelVersion;
    @Column(name = "ruleset_digest", nullable = false)
    public String rulesetDigest;
    /** The published ruleset version it was evaluated with, so it can be replayed under exactly that. */
    @Column(name = "ruleset_version")
    public String rulesetVersion;
    /** The assessment this one re-evaluated under another version, if any. */
    @Column(name = "reevaluation_of")
    public UUID reevaluationOf;
    /** The bulk re-evaluation that stored it, if any. */
    @Column(name = "rescoring_id")
    public UUID rescoringId;
    // An assessment's JSON values are written once and never changed. Immutable, Hibernate neither
    // snapshots them (a JSON round trip each) nor compares them at every flush.
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    public Map<String, Object> facts;
    @Column(name = "overall_level")
    public Integer overallLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    AggregateResult overall;

    // The derived result, one document per list, in the shape the API returns. Loaded only when
    // read (an enterprise's history needs none of it), and read only through the methods below:
    // only the entity's own code triggers a lazy load.
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    @Basic(fetch = FetchType.LAZY)
    private List<IndicatorResult> indicators;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    @Basic(fetch = FetchType.LAZY)
    private List<AggregateResult> parts;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    @Basic(fetch = FetchType.LAZY)
    private List<AggregateResult> characteristics;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    @Basic(fetch = FetchType.LAZY)
    private List<AggregateResult> domains;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    @Basic(fetch = FetchType.LAZY)
    private List<RankedAdvice> advice;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    @Basic(fetch = FetchType.LAZY)
    private List<TraceEntry> trace;

    static Assessment of(UUID enterpriseId, Map<String, Object> facts, EvaluationResult result, String rulesetVersion) {
        Assessment assessment = new Assessment();
        assessment.rulesetVersion = rulesetVersion;
        assessment.id = UUID.randomUUID();
        assessment.enterpriseId = enterpriseId;
        assessment.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL's precision
        assessment.modelVersion = result.modelVersion();
        assessment.rulesetDigest = result.rulesetDigest();
        assessment.facts = facts;
        assessment.overall = result.overall();
        assessment.overallLevel = result.overall() == null ? null : result.overall().level();
        assessment.indicators = result.indicators();
        assessment.parts = result.parts();
        assessment.characteristics = result.characteristics();
        assessment.domains = result.domains();
        assessment.advice = result.advice();
        assessment.trace = result.trace();
        return assessment;
    }

    /** The result exactly as it was evaluated and stored. */
    EvaluationResult toResult() {
        return new EvaluationResult(modelVersion, rulesetDigest, overall, sortedInputs(parts), sortedInputs(characteristics),
                sortedInputs(domains), indicators, advice, trace);
    }

    /** True when its advice was stored before advice carried its effect (and was ranked by it). */
    boolean adviceBeforeEffects() {
        return advice.stream().anyMatch(a -> a.effect() == null);
    }

    /** Each indicator's level; {@code null} for an indicator that was not assessed. In the model's order. */
    Map<String, Integer> indicatorLevels() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        indicators.forEach(indicator -> levels.put(indicator.id(), indicator.assessed() ? indicator.level() : null));
        return levels;
    }

    /**
     * The criterion rules that fired for an assessed indicator, each with its indicator: what a
     * comparison between two evaluations looks at.
     */
    Map<String, String> metCriteria() {
        Map<String, String> indicatorOfRule = new TreeMap<>();
        ReaderTrace.of(trace, indicators).stream().filter(Assessment::isCriterion)
                .forEach(entry -> indicatorOfRule.put(entry.rule(), entry.indicator()));
        return indicatorOfRule;
    }

    /** The indicators assessed out of the model's. */
    Coverage coverage() {
        return Coverage.of(indicators);
    }

    /** A criterion firing carries its indicator and level; aggregation firings carry neither. */
    private static boolean isCriterion(TraceEntry entry) {
        return entry.indicator() != null && entry.level() != null;
    }

    // PostgreSQL's jsonb keeps object keys in its own order; the levels an aggregate was computed
    // from are shown by id, as they always were.
    private static List<AggregateResult> sortedInputs(List<AggregateResult> aggregates) {
        return aggregates.stream().map(a -> new AggregateResult(a.scope(), a.id(), a.parent(), a.level(), a.aggregation(),
                new TreeMap<>(a.inputs()), a.notAssessed(), a.allAtTop(), a.provisional())).toList();
    }
}

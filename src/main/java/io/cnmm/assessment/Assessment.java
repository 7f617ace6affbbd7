package io.cnmm.assessment;

import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.evaluation.TraceEntry;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
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
    // An assessment's JSON values, here and in its rows, are written once and never changed.
    // Immutable, Hibernate neither snapshots them (a JSON round trip each) nor compares them at
    // every flush: with ~600 rows per assessment that was a third of a submission's CPU.
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    public Map<String, Object> facts;
    @Column(name = "overall_level")
    public Integer overallLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable
    AggregateResult overall;

    @ElementCollection
    @CollectionTable(name = "assessment_indicator", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    List<IndicatorRow> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_aggregate", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    List<AggregateRow> aggregates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_advice", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    List<AdviceRow> advice = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_trace", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    List<TraceRow> trace = new ArrayList<>();

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
        result.indicators().forEach(i -> assessment.indicators.add(IndicatorRow.of(i)));
        result.parts().forEach(p -> assessment.aggregates.add(AggregateRow.of(p)));
        result.characteristics().forEach(c -> assessment.aggregates.add(AggregateRow.of(c)));
        result.domains().forEach(d -> assessment.aggregates.add(AggregateRow.of(d)));
        result.advice().forEach(a -> assessment.advice.add(AdviceRow.of(a)));
        result.trace().forEach(t -> assessment.trace.add(TraceRow.of(t)));
        return assessment;
    }

    /** The result exactly as it was evaluated, rebuilt from the stored rows. */
    EvaluationResult toResult() {
        List<IndicatorResult> indicatorResults = indicators.stream().map(IndicatorRow::toResult).toList();
        List<AggregateResult> parts = aggregates("part");
        List<AggregateResult> characteristics = aggregates("characteristic");
        List<AggregateResult> domains = aggregates("domain");
        List<RankedAdvice> ranked = IntStream.range(0, advice.size()).mapToObj(i -> advice.get(i).toAdvice(i + 1)).toList();
        List<TraceEntry> entries = IntStream.range(0, trace.size()).mapToObj(i -> trace.get(i).toEntry(i + 1)).toList();
        return new EvaluationResult(modelVersion, rulesetDigest, overall, parts, characteristics, domains,
                indicatorResults, ranked, entries);
    }

    /** The criterion rules that were met, by name: what a comparison between two evaluations looks at. */
    java.util.Set<String> metCriteria() {
        return trace.stream().filter(TraceRow::isCriterion).map(row -> row.ruleName)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private List<AggregateResult> aggregates(String scope) {
        return aggregates.stream().filter(a -> scope.equals(a.scope)).map(AggregateRow::toResult).toList();
    }
}

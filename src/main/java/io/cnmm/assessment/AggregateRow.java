package io.cnmm.assessment;

import io.cnmm.evaluation.AggregateResult;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.TreeMap;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored domain or part level with the levels it was computed from. */
@Embeddable
public class AggregateRow {

    String scope;
    @Column(name = "ref_id")
    String refId;
    @Column(name = "parent_id")
    String parentId;
    Integer level;
    String aggregation;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable // written once; see Assessment
    TreeMap<String, Integer> inputs;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable // written once; see Assessment
    @Column(name = "not_assessed")
    List<String> notAssessed;
    @Column(name = "all_at_top")
    boolean allAtTop;
    boolean provisional;

    static AggregateRow of(AggregateResult result) {
        AggregateRow row = new AggregateRow();
        row.scope = result.scope();
        row.refId = result.id();
        row.parentId = result.parent();
        row.level = result.level();
        row.aggregation = result.aggregation();
        row.inputs = new TreeMap<>(result.inputs());
        row.notAssessed = result.notAssessed();
        row.allAtTop = result.allAtTop();
        row.provisional = result.provisional();
        return row;
    }

    AggregateResult toResult() {
        return new AggregateResult(scope, refId, parentId, level, aggregation, inputs, notAssessed, allAtTop, provisional);
    }
}

package io.cnmm.assessment;

import io.cnmm.evaluation.Gap;
import io.cnmm.evaluation.IndicatorResult;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One indicator's stored result; gaps are stored whole, as they were reported. */
@Embeddable
public class IndicatorRow {

    @Column(name = "indicator_id")
    String indicatorId;
    @Column(name = "part_id")
    String partId;
    @Column(name = "domain_id")
    String domainId;
    boolean provisional;
    boolean assessed;
    Integer level;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable // written once; see Assessment
    @Column(name = "missing_facts")
    List<String> missingFacts;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable // written once; see Assessment
    List<Gap> gaps;

    static IndicatorRow of(IndicatorResult result) {
        IndicatorRow row = new IndicatorRow();
        row.indicatorId = result.id();
        row.partId = result.part();
        row.domainId = result.domain();
        row.provisional = result.provisional();
        row.assessed = result.assessed();
        row.level = result.level();
        row.missingFacts = result.missingFacts();
        row.gaps = result.gaps();
        return row;
    }

    IndicatorResult toResult() {
        return new IndicatorResult(indicatorId, partId, domainId, provisional, assessed, level, missingFacts, gaps);
    }
}

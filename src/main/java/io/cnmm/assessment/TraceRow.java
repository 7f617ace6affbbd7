package io.cnmm.assessment;

import io.cnmm.evaluation.TraceEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored rule firing; its sequence is its position in the list. */
@Embeddable
public class TraceRow {

    @Column(name = "rule_name")
    String ruleName;
    @Column(name = "rule_file")
    String ruleFile;
    String stage;
    @Column(name = "indicator_id")
    String indicatorId;
    Integer level;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable // written once; see Assessment
    List<Map<String, Object>> matched;
    @JdbcTypeCode(SqlTypes.JSON)
    @Immutable // written once; see Assessment
    List<Map<String, Object>> derived;

    static TraceRow of(TraceEntry entry) {
        TraceRow row = new TraceRow();
        row.ruleName = entry.rule();
        row.ruleFile = entry.file();
        row.stage = entry.stage();
        row.indicatorId = entry.indicator();
        row.level = entry.level();
        row.matched = entry.matched();
        row.derived = entry.derived();
        return row;
    }

    /** A criterion firing carries its indicator and level; aggregation firings carry neither. */
    boolean isCriterion() {
        return indicatorId != null && level != null;
    }

    TraceEntry toEntry(int sequence) {
        return new TraceEntry(sequence, ruleName, ruleFile, stage, indicatorId, level, matched, derived);
    }
}

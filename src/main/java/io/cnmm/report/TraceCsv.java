package io.cnmm.report;

import io.cnmm.assessment.AssessmentRecord;
import io.cnmm.evaluation.ReaderTrace;
import java.util.Arrays;
import java.util.List;

/**
 * The rule trace of one assessment as a reader is shown it ({@link ReaderTrace}), one row per rule
 * firing in firing order (a criterion once, nothing for an indicator not assessed), with the facts
 * the rule matched and what it derived, each as {@code name=value}. The sequence numbers are those
 * of the stored trace, which the JSON export carries whole.
 */
final class TraceCsv {

    static final List<String> HEADER = List.of("assessment_id", "assessment_digest", "sequence", "stage", "rule", "file",
            "indicator", "level", "matched", "derived");

    private TraceCsv() {
    }

    static String write(ReportSource source) {
        AssessmentRecord assessment = source.assessment();
        String digest = source.seal() == null ? "" : source.seal().digest;
        Csv csv = new Csv().row(HEADER);
        ReaderTrace.of(assessment.trace(), assessment.indicators()).forEach(entry -> csv.row(Arrays.asList(assessment.id(), digest, entry.sequence(), entry.stage(),
                entry.rule(), entry.file(), entry.indicator(), entry.level(), FactValues.entries(entry.matched()),
                FactValues.entries(entry.derived()))));
        return csv.toString();
    }
}

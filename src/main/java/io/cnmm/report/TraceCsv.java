package io.cnmm.report;

import io.cnmm.assessment.AssessmentRecord;
import java.util.Arrays;
import java.util.List;

/**
 * The rule trace of one assessment, one row per rule firing in firing order, with the facts the
 * rule matched and what it derived, each as {@code name=value}.
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
        assessment.trace().forEach(entry -> csv.row(Arrays.asList(assessment.id(), digest, entry.sequence(), entry.stage(),
                entry.rule(), entry.file(), entry.indicator(), entry.level(), FactValues.entries(entry.matched()),
                FactValues.entries(entry.derived()))));
        return csv.toString();
    }
}

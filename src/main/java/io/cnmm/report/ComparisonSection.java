package io.cnmm.report;

import io.cnmm.assessment.AssessmentComparison;
import io.cnmm.assessment.AssessmentComparison.CriterionChange;
import io.cnmm.assessment.AssessmentComparison.IndicatorChange;
import io.cnmm.report.ReportPage.Change;
import io.cnmm.report.ReportPage.Comparison;

/** The comparison with another assessment of the same enterprise, as the report words it: "there" and "here". */
final class ComparisonSection {

    private ComparisonSection() {
    }

    /** @param comparison from the other assessment to this one */
    static Comparison of(ReportSource other, AssessmentComparison comparison, Labels labels, String otherAssessedAt) {
        return new Comparison(other.assessment().id().toString(), otherAssessedAt, other.milestone(),
                labels.level(comparison.fromOverall()) + " (" + comparison.fromCoverage().words() + ")",
                labels.level(comparison.toOverall()) + " (" + comparison.toCoverage().words() + ")",
                comparison.changedIndicators(), comparison.indicators().stream().filter(IndicatorChange::changed)
                .map(change -> change(change, labels)).toList());
    }

    private static Change change(IndicatorChange change, Labels labels) {
        return new Change(change.indicator(), labels.name(change.indicator()), labels.level(change.fromLevel()),
                labels.level(change.toLevel()), change.criteria().stream().map(ComparisonSection::criterion).toList());
    }

    private static String criterion(CriterionChange criterion) {
        return (criterion.metBefore() ? "met there, not here: '" : "met here, not there: '") + criterion.rule() + "'";
    }
}

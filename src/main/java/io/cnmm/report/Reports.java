package io.cnmm.report;

import io.cnmm.assessment.AssessmentComparison;
import io.cnmm.assessment.AssessmentService;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.RequestProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Every export of one assessment, each made from one {@link ReportSource} read from the stored rows. */
@ApplicationScoped
class Reports {

    static final List<String> CSV_PARTS = List.of("levels", "trace");

    @Inject
    ReportSources sources;
    @Inject
    AssessmentService assessments;
    @Inject
    PdfRenderer pdf;

    String json(UUID id) {
        return JsonExport.write(sources.load(id));
    }

    /** @param part one of {@link #CSV_PARTS}, checked by the resource with the other query parameters */
    String csv(UUID id, String part) {
        ReportSource source = sources.load(id);
        return "trace".equals(part) ? TraceCsv.write(source) : LevelsCsv.write(source);
    }

    /** @param compareWith another assessment of the same enterprise to compare with, or {@code null} */
    String html(UUID id, UUID compareWith) {
        return ReportTemplates.report(page(id, compareWith, true), false).render();
    }

    byte[] pdf(UUID id, UUID compareWith) {
        return pdf.render(ReportTemplates.report(page(id, compareWith, pdf.hasChineseFont()), true).render());
    }

    private ReportPage page(UUID id, UUID compareWith, boolean bilingual) {
        ReportSource source = sources.load(id);
        ReportSource other = compareWith == null ? null : sources.load(compareWith);
        if (other != null && !other.assessment().enterpriseId().equals(source.assessment().enterpriseId())) {
            throw new RequestProblem("assessment " + compareWith + " is of another enterprise; a report compares "
                    + "assessments of one enterprise", List.of(new FieldError("compareWith",
                    "must be an assessment of enterprise " + source.assessment().enterpriseId())));
        }
        AssessmentComparison comparison = compareWith == null ? null : assessments.compare(compareWith, id);
        return new ReportPageBuilder(source, bilingual).build(other, comparison);
    }
}

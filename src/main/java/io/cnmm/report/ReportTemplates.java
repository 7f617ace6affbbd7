package io.cnmm.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The report templates, checked against {@link ReportPage} when the application is built. */
@CheckedTemplate(basePath = "reports")
final class ReportTemplates {

    private ReportTemplates() {
    }

    /**
     * templates/reports/report.html: XHTML, because the PDF renderer parses it as XML.
     *
     * @param pdf laid out for A4 paper rather than a screen
     */
    static native TemplateInstance report(ReportPage page, boolean pdf);
}

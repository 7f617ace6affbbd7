package io.cnmm.report;

import io.cnmm.problem.QueryParameters;
import io.cnmm.security.EnterpriseAccess;
import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Exports of one assessment: JSON (the evidence), CSV, and the report as HTML and PDF. */
@Path("/api/assessments")
@Tag(name = ApiTags.REPORTS)
public class ReportResource {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";
    static final String PDF = "application/pdf";
    private static final String COMPARE_WITH = "another assessment of the same enterprise to compare with";
    /**
     * The report is self-contained: styles inline, charts as inline SVG; nothing else may load. Nor may
     * another site frame it, to dress a signed-in user's report up as its own page (clickjacking).
     */
    private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'";

    @Inject
    Reports reports;
    @Inject
    EnterpriseAccess access;

    @GET
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Path("/{id}/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportAssessmentJson", summary = "The assessment as canonical JSON with its seal, for offline verification (docs/audit.md)")
    @APIResponse(responseCode = "200", description = "The export, canonical JSON: format, assessment, seal, enterprise, milestone", headers = @Header(name = "Content-Disposition", description = "the file name to save it as", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT, description = "docs/audit.md defines its members")))
    public Response json(@PathParam("id") UUID id) {
        access.requireAssessment(id);
        return file(reports.json(id), MediaType.APPLICATION_JSON, id, "json", "inline");
    }

    @GET
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    @Path("/{id}/export.csv")
    @Produces(CSV)
    @Operation(operationId = "exportAssessmentCsv", summary = "The levels (part=levels, the default) or the rule trace (part=trace) as CSV")
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV, one row per level or per firing", headers = @Header(name = "Content-Disposition", description = "the file name to save it as", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("id") UUID id, @QueryParam("part") @Parameter(description = "levels (the default) "
            + "or trace", schema = @Schema(enumeration = {"levels", "trace"})) String partParameter) {
        String part = QueryParameters.oneOf("part", partParameter, Reports.CSV_PARTS);
        access.requireAssessment(id);
        return file(reports.csv(id, part), CSV, id, part + ".csv", "attachment");
    }

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Path("/{id}/report.html")
    @Produces(HTML)
    @Operation(operationId = "getReportHtml", summary = "The report: levels, radar charts, justifications, advice, seal",
            description = "compareWith adds a comparison with another assessment of the same enterprise.")
    @APIResponse(responseCode = "200", description = "The report as an HTML page",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response html(@PathParam("id") UUID id, @QueryParam("compareWith") @Parameter(description = COMPARE_WITH,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) String compareWith) {
        UUID other = requireBoth(id, compareWith);
        return Response.ok(reports.html(id, other), HTML).header("Content-Security-Policy", REPORT_POLICY).build();
    }

    @GET
    @RolesAllowed({Role.ASSESSOR, Role.AUDITOR, Role.ADMIN})
    @Path("/{id}/report.pdf")
    @Produces(PDF)
    @Operation(operationId = "getReportPdf", summary = "The same report as PDF")
    @APIResponse(responseCode = "200", description = "The report as a PDF document", headers = @Header(name = "Content-Disposition", description = "the file name to save it as", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id, @QueryParam("compareWith") @Parameter(description = COMPARE_WITH,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) String compareWith) {
        UUID other = requireBoth(id, compareWith);
        return file(reports.pdf(id, other), PDF, id, "pdf", "attachment");
    }

    /** @return the assessment to compare with, or {@code null} */
    private UUID requireBoth(UUID id, String compareWith) {
        UUID other = QueryParameters.assessmentId("compareWith", compareWith);
        access.requireAssessment(id);
        if (other != null) {
            access.requireAssessment(other);
        }
        return other;
    }

    private static Response file(Object body, String type, UUID id, String suffix, String disposition) {
        return Response.ok(body, type)
                .header("Content-Disposition", disposition + "; filename=\"cnmm-assessment-" + id + "." + suffix + "\"").build();
    }
}

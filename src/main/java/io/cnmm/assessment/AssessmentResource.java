package io.cnmm.assessment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/assessments")
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one assessment with its gaps, advice and trace")
    public AssessmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}

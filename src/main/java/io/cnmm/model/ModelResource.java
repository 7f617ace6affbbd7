package io.cnmm.model;

import io.quarkus.security.Authenticated;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.problem.NotFoundProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import io.cnmm.openapi.ApiTags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/model")
@Authenticated
@Tag(name = ApiTags.MODEL)
public class ModelResource {

    @Inject
    EvaluationEngine engine;

    @GET
    @Operation(operationId = "getModel", summary = "The maturity model: parts, domains, indicators, and the facts each reads")
    public ModelView model() {
        return ModelView.of(engine.model());
    }

    @GET
    @Path("/indicators/{id}")
    @Operation(operationId = "getIndicator", summary = "One indicator with its facts, level descriptions and advice")
    public ModelView.IndicatorView indicator(@PathParam("id") String id) {
        return engine.model().indicator(id).map(ModelView.IndicatorView::of)
                .orElseThrow(() -> new NotFoundProblem("indicator", id));
    }
}

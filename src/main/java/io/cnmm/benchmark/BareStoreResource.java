package io.cnmm.benchmark;

import jakarta.annotation.security.RolesAllowed;
import io.cnmm.security.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.CnmmConfig;
import io.cnmm.problem.NotFoundProblem;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The floor of the HTTP benchmark: the same request as a submission, parsed and stored as it came,
 * with no evaluation. What a submission costs beyond this is the price of evaluating and of
 * storing the derived result. Off unless {@code cnmm.benchmark.bare-store=true}; answers 404
 * otherwise, so a production service has no such write path.
 */
@RolesAllowed(Role.ADMIN)
@Path("/api/benchmark/enterprises/{enterpriseId}/bare-assessments")
public class BareStoreResource {

    @Inject
    CnmmConfig config;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;

    @POST
    @Transactional
    @Operation(hidden = true)
    public Response store(@PathParam("enterpriseId") UUID enterpriseId, Map<String, JsonNode> body)
            throws JsonProcessingException {
        if (!config.benchmark().bareStore()) {
            throw new NotFoundProblem("resource", "/api/benchmark");
        }
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into benchmark_bare_store (id, enterprise_id, created_at, body) "
                        + "values (?1, ?2, ?3, cast(?4 as jsonb))")
                .setParameter(1, id).setParameter(2, enterpriseId).setParameter(3, Instant.now())
                .setParameter(4, json.writeValueAsString(body)).executeUpdate();
        return Response.status(201).entity(Map.of("id", id)).build();
    }
}

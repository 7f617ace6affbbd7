package io.cnmm.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The first answer to a request with an Idempotency-Key, as it was sent: a retry gets exactly this. */
public record StoredAnswer(int status, String location, String body) {

    /** Marks an answer given back to a retry rather than made anew. */
    static final String REPLAYED = "Idempotent-Replayed";

    Response response(boolean replayed) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (location != null) {
            answer.location(URI.create(location));
        }
        return (replayed ? answer.header(REPLAYED, "true") : answer).build();
    }
}

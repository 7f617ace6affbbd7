package io.cnmm.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.problem.IdempotencyProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Creating requests that a client may safely send again. The first request with a key does the work
 * and records its answer in the same transaction, so a crash leaves both or neither; a retry with the
 * same key, path and body gets that answer back and creates nothing; the same key for another
 * request is a 422; a retry while the first is still running is a 409. Only a created answer is
 * recorded: a refused request stored nothing, and sending it again is safe as it is.
 */
@ApplicationScoped
public class Idempotency {

    @Inject
    IdempotencyRecords records;
    @Inject
    IdempotencyConfig config;
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;

    /** What a creating request made: the new resource's address and the body that describes it. */
    public record Created(URI location, Object body) {
    }

    /**
     * Runs {@code create} once per user and key; without a key, simply runs it.
     *
     * @param header the Idempotency-Key header, or null
     * @param path and {@code body}: what a retry must repeat
     */
    @Transactional
    public Response create(String header, String path, Object body, Supplier<Created> create) {
        var key = IdempotencyKey.parse(header);
        if (key.isEmpty()) {
            Created created = create.get();
            return Response.created(created.location()).entity(created.body()).build();
        }
        String user = identity.getPrincipal().getName();
        if (!records.tryLock(user, key.get())) {
            throw IdempotencyProblem.inProgress();
        }
        String digest = IdempotencyKey.digestOf(path, body);
        var recorded = records.find(user, key.get());
        if (recorded.isPresent()) {
            if (!recorded.get().requestDigest().equals(digest)) {
                throw IdempotencyProblem.reused();
            }
            return recorded.get().answer().response(true);
        }
        Created created = create.get();
        StoredAnswer answer = new StoredAnswer(Response.Status.CREATED.getStatusCode(),
                created.location().toString(), write(created.body()));
        records.record(user, key.get(), digest, answer, config.retention());
        return answer.response(false);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer the service made cannot be written as JSON", e);
        }
    }
}

package io.cnmm.rescoring;

import static io.cnmm.testsupport.Api.given;

import io.cnmm.assessment.AssessmentBatches;
import io.cnmm.publishing.CompiledRulesets;
import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Re-scoring runs started through the API, stand-in replicas to work on them, and what the database holds. */
@ApplicationScoped
public class RescoringFixture {

    /** The stand-in replicas' {@code cnmm.rescoring.max-lost-claims}. */
    static final int MAX_LOST_CLAIMS = 3;

    @Inject
    RescoringBatches batches;
    @Inject
    AssessmentBatches assessments;
    @Inject
    CompiledRulesets compiled;
    @Inject
    EntityManager entityManager;

    /** A replica by this name, as another process would be, with a lease long enough never to run out by itself. */
    RescoringReplica replica(String name) {
        return new RescoringReplica(name, batches, assessments, compiled, Duration.ofHours(1), 3, MAX_LOST_CLAIMS);
    }

    /** Makes sure at least {@code count} original assessments exist, so that a run has several batches. */
    void originals(int count) {
        for (long have = count(AssessmentBatches.idsInScope(AssessmentBatches.Scope.all)); have < count; have++) {
            Api.submit(Api.createEnterprise("Shared re-scoring " + have), Bundles.BETWEEN_THRESHOLDS);
        }
    }

    /** Starts a re-scoring of every original under the shipped version; returns its id. */
    UUID start(int batchSize) {
        String id = given().contentType(ContentType.JSON).body("{\"scope\": \"all\", \"batchSize\": " + batchSize + "}")
                .post("/api/rulesets/" + Bundles.shippedDigest() + "/rescorings").then().statusCode(202)
                .extract().path("id");
        return UUID.fromString(id);
    }

    JsonPath progress(UUID run) {
        return given().get("/api/rescorings/" + run).then().statusCode(200).extract().jsonPath();
    }

    /** Re-evaluations the run stored, and how many distinct originals they are of. */
    long[] stored(UUID run) {
        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*), count(distinct reevaluation_of) from assessment where rescoring_id = ?1")
                .setParameter(1, run).getSingleResult());
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Originals in the run's batches that have no re-evaluation of the run: none once it is done. */
    long missing(UUID run) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from rescoring_batch b, unnest(b.assessment_ids) o(id) where b.rescoring_id = ?1"
                        + " and not exists (select 1 from assessment r where r.reevaluation_of = o.id and r.rescoring_id = ?1)")
                .setParameter(1, run).getSingleResult()).longValue());
    }

    /** The replicas that stored the run's batches, one entry per batch. */
    @SuppressWarnings("unchecked")
    List<String> doneBy(UUID run) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select coalesce(done_by, '-') from rescoring_batch where rescoring_id = ?1 order by number", String.class)
                .setParameter(1, run).getResultList());
    }

    /** Batches claimed in {@code replica}'s name and not done. */
    long heldBy(String replica) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from rescoring_batch where claimed_by = ?1 and done_at is null")
                .setParameter(1, replica).getSingleResult()).longValue());
    }

    /** Makes the batches {@code replica} holds look abandoned: their leases ran out, as a dead replica's do. */
    void leasesRunOut(String replica) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update rescoring_batch set lease_until = clock_timestamp() - interval '1 second' where claimed_by = ?1")
                .setParameter(1, replica).executeUpdate());
    }

    /** The run's status and error, as the database holds them. */
    Object[] statusAndError(UUID run) {
        return (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select status, error from rescoring where id = ?1").setParameter(1, run).getSingleResult());
    }

    private long count(String select) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from (" + select + ") s").getSingleResult()).longValue());
    }
}

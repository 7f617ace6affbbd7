package io.cnmm.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.cnmm.audit.CanonicalJson;
import io.cnmm.evaluation.AggregateResult;
import io.cnmm.evaluation.EvaluationEngine;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.IndicatorResult;
import io.cnmm.evaluation.RankedAdvice;
import io.cnmm.evaluation.SubmittedFacts;
import io.cnmm.evaluation.TraceEntry;
import io.cnmm.testsupport.Examples;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V5 moved an assessment's derived result from four row tables into JSON documents. Assessments
 * stored before it must come out of the migration as the very records they were sealed over: their
 * evidence (the canonical JSON the seal's digest covers) is compared before and after. Runs the
 * real migrations, V1 to V4 then V5, in a schema of its own.
 */
@QuarkusTest
class AssessmentResultMigrationTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EvaluationEngine engine;
    @Inject
    ObjectMapper json;

    private final String schema = "migration_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void assessmentsStoredAsRowsKeepTheirEvidenceExactly() throws Exception {
        migrateTo("4");
        List<AssessmentRecord> before = new ArrayList<>();
        for (String profile : List.of("just-starting", "progressing", "leading")) {
            before.add(storeAsRows(profile, evaluate(profile)));
        }
        // One with nothing derived at all: its documents must be empty lists, not missing.
        EvaluationResult empty = new EvaluationResult("m", "sha256:d", null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        before.add(storeAsRows("empty", empty));

        migrateTo("5");

        for (AssessmentRecord record : before) {
            assertEquals(CanonicalJson.write(record), CanonicalJson.write(readDocuments(record)),
                    "evidence of the " + record.modelVersion() + " assessment " + record.id());
        }
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("filesystem:src/main/resources/db/migration").target(version).load().migrate();
    }

    private EvaluationResult evaluate(String profile) {
        SubmittedFacts parsed = new FactParser(engine.model()).parse(Examples.facts(profile));
        // As evaluated before V5: advice had no effect then (nor do the V4 rows a column for one).
        return engine.evaluator().withAdviceRankedBeforeEffects(engine.evaluator().evaluate(parsed));
    }

    /** Writes an assessment as the service did before V5 and returns its evidence as it was sealed. */
    private AssessmentRecord storeAsRows(String name, EvaluationResult result) throws Exception {
        UUID enterprise = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> facts = Map.of("containerized_pct", 55, "note", name);
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "insert into " + schema + ".enterprise (id, name, created_at) values (?, ?, ?)",
                    enterprise, name, Timestamp.from(createdAt));
            execute(connection, "insert into " + schema + ".assessment (id, enterprise_id, created_at, model_version,"
                            + " ruleset_digest, ruleset_version, facts, overall_level, overall) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)",
                    id, enterprise, Timestamp.from(createdAt), result.modelVersion(), result.rulesetDigest(), null,
                    json.writeValueAsString(facts), result.overall() == null ? null : result.overall().level(),
                    result.overall() == null ? null : json.writeValueAsString(result.overall()));
            int position = 0;
            for (IndicatorResult i : result.indicators()) {
                execute(connection, "insert into " + schema + ".assessment_indicator values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)",
                        id, position++, i.id(), i.part(), i.domain(), i.provisional(), i.assessed(), i.level(),
                        json.writeValueAsString(i.missingFacts()), json.writeValueAsString(i.gaps()));
            }
            position = 0;
            for (List<AggregateResult> scope : List.of(result.parts(), result.characteristics(), result.domains())) {
                for (AggregateResult a : scope) {
                    execute(connection, "insert into " + schema + ".assessment_aggregate values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)",
                            id, position++, a.scope(), a.id(), a.parent(), a.level(), a.aggregation(),
                            json.writeValueAsString(a.inputs()), json.writeValueAsString(a.notAssessed()), a.allAtTop(), a.provisional());
                }
            }
            position = 0;
            for (RankedAdvice v : result.advice()) {
                execute(connection, "insert into " + schema + ".assessment_advice values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id, position++, v.indicator(), v.domain(), v.provisional(), v.fromLevel(), v.toLevel(),
                        v.text().zh(), v.text().en(), v.reason());
            }
            position = 0;
            for (TraceEntry t : result.trace()) {
                execute(connection, "insert into " + schema + ".assessment_trace values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)",
                        id, position++, t.rule(), t.file(), t.stage(), t.indicator(), t.level(),
                        json.writeValueAsString(t.matched()), json.writeValueAsString(t.derived()));
            }
        }
        return record(id, enterprise, createdAt, facts, result);
    }

    /** The evidence rebuilt from the migrated documents, as the service reads them. */
    private AssessmentRecord readDocuments(AssessmentRecord before) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select indicators, parts, characteristics, domains,"
                     + " advice, trace, overall from " + schema + ".assessment where id = ?")) {
            query.setObject(1, before.id());
            // Strict, like Hibernate's own mapper: a property the records do not have is an error.
            ObjectMapper json = this.json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                EvaluationResult result = new EvaluationResult(before.modelVersion(), before.rulesetDigest(),
                        row.getString(7) == null ? null : json.readValue(row.getString(7), AggregateResult.class),
                        json.readValue(row.getString(2), new TypeReference<List<AggregateResult>>() { }),
                        json.readValue(row.getString(3), new TypeReference<List<AggregateResult>>() { }),
                        json.readValue(row.getString(4), new TypeReference<List<AggregateResult>>() { }),
                        json.readValue(row.getString(1), new TypeReference<List<IndicatorResult>>() { }),
                        json.readValue(row.getString(5), new TypeReference<List<RankedAdvice>>() { }),
                        json.readValue(row.getString(6), new TypeReference<List<TraceEntry>>() { }));
                return record(before.id(), before.enterpriseId(), Instant.parse(before.createdAt()), before.facts(), result);
            }
        }
    }

    private static AssessmentRecord record(UUID id, UUID enterprise, Instant createdAt, Map<String, Object> facts,
                                           EvaluationResult result) {
        return new AssessmentRecord(AssessmentRecord.FORMAT, id, enterprise, createdAt.toString(), result.modelVersion(),
                result.rulesetDigest(), null, null, facts, result.overall(), result.parts(), result.characteristics(),
                result.domains(), result.indicators(), result.advice(), result.trace());
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}

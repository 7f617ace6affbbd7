package io.cnmm.report;

import static io.cnmm.testsupport.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.Bundles;
import io.cnmm.testsupport.CsvRows;
import io.cnmm.testsupport.StoredDocuments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rule names are free text that experts write, and they reach the trace CSV: a name that a
 * spreadsheet would run as a formula comes out as text (CsvTest has every case).
 */
@QuarkusTest
class FormulaCellsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRuleNameThatWouldBeAFormulaIsExportedAsText() {
        String id = Api.submit(Api.createEnterprise("Formula Co"), Bundles.BETWEEN_THRESHOLDS);
        String formula = "=HYPERLINK(\"http://evil.example/\",\"details\")";
        // As a ruleset naming its rule so would store it; changed in the database to spare the test a compile.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(StoredDocuments.change("trace", "rule",
                        Bundles.CONTAINERISATION_RULE, "rule", "to_jsonb('" + formula + "'::text)"))
                .setParameter(1, UUID.fromString(id)).executeUpdate());

        String csv = given().get("/api/assessments/" + id + "/export.csv?part=trace").then().statusCode(200)
                .contentType("text/csv").extract().asString();

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"details\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(CsvRows.parse(csv)).anyMatch(row -> row.get("rule").equals("'" + formula));
    }
}

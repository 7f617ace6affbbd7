package io.cnmm.assessment;

import static io.cnmm.testsupport.Api.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnmm.testsupport.Api;
import io.cnmm.testsupport.CsvRows;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The trace a reader sees names each criterion once, with the facts of every alternative that held,
 * and nothing for an indicator that was not assessed; the export keeps every firing, as sealed.
 */
@QuarkusTest
class ReaderTraceTest {

    private static final String S_DS_04_LEVEL_2 = "S-DS-04 level 2: at least 25 % of IaC repositories or of Kubernetes manifests are scanned";
    private static final String T_RM_02_LEVEL_5 = "T-RM-02 level 5: a single cluster, or the fleet is managed from one control plane";
    /** Both alternatives of each criterion above hold; T-RM-01 lacks two of its facts. */
    private static final String BOTH_ALTERNATIVES = """
            {"facts": {"iac_repos_scanned_pct": 30, "k8s_manifests_scanned_pct": 40, "misconfig_gate": false,
              "ci_admission_policy_parity": false, "workloads_on_orchestrator_pct": 95, "cluster_provisioning": "iac",
              "cluster_upgrade_automated": true, "clusters_count": 1, "fleet_control_plane": true,
              "containerized_pct": 90}}""";

    @Test
    void aCriterionWrittenWithOrIsShownOnceWithTheFactsOfBothAlternatives() {
        String id = Api.submit(Api.createEnterprise("Both Alternatives Co"), BOTH_ALTERNATIVES);

        given().get("/api/assessments/" + id).then().statusCode(200)
                .body("trace.findAll { it.rule == '" + S_DS_04_LEVEL_2 + "' }", hasSize(1))
                .body("trace.find { it.rule == '" + S_DS_04_LEVEL_2 + "' }.matched.fact",
                        containsInAnyOrder("iac_repos_scanned_pct", "k8s_manifests_scanned_pct"))
                .body("trace.findAll { it.rule == '" + T_RM_02_LEVEL_5 + "' }", hasSize(1));
        given().get("/api/assessments/" + id + "/export.json").then().statusCode(200)
                .body("assessment.trace.findAll { it.rule == '" + S_DS_04_LEVEL_2 + "' }", hasSize(2));
        List<Map<String, String>> rows = CsvRows.parse(given().get("/api/assessments/" + id + "/export.csv?part=trace")
                .then().statusCode(200).extract().asString());
        assertEquals(1, rows.stream().filter(row -> S_DS_04_LEVEL_2.equals(row.get("rule"))).count());
        assertEquals(1, rows.stream().filter(row -> T_RM_02_LEVEL_5.equals(row.get("rule"))).count());
    }

    @Test
    void anIndicatorNotAssessedHasNothingInTheTraceAReaderSees() {
        String id = Api.submit(Api.createEnterprise("Not Assessed Trace Co"), BOTH_ALTERNATIVES);

        given().get("/api/assessments/" + id).then().statusCode(200)
                .body("indicators.find { it.id == 'T-RM-01' }.assessed", equalTo(false))
                .body("trace.findAll { it.indicator == 'T-RM-01' }", empty());
        List<Map<String, String>> rows = CsvRows.parse(given().get("/api/assessments/" + id + "/export.csv?part=trace")
                .then().statusCode(200).extract().asString());
        assertEquals(0, rows.stream().filter(row -> "T-RM-01".equals(row.get("indicator"))).count());
    }

    @Test
    void nothingAssessedGivesAnOverallObjectAndAnOverallCsvRowLikeEveryOtherAggregate() {
        String id = Api.submit(Api.createEnterprise("Nothing Assessed Co"), """
                {"facts": {"containerized_pct": 90}}""");

        given().get("/api/assessments/" + id).then().statusCode(200)
                .body("overall.scope", equalTo("overall"))
                .body("overall.level", equalTo(null))
                .body("overall.aggregation", equalTo("MIN"))
                .body("overall.notAssessed", org.hamcrest.Matchers.contains("T", "A", "S"))
                .body("coverage.overall.assessed", equalTo(0));
        given().get("/api/assessments/" + id + "/export.json").then().statusCode(200)
                .body("assessment.overall.notAssessed", org.hamcrest.Matchers.contains("T", "A", "S"));
        List<Map<String, String>> rows = CsvRows.parse(given().get("/api/assessments/" + id + "/export.csv")
                .then().statusCode(200).extract().asString());
        Map<String, String> overall = rows.stream().filter(row -> "overall".equals(row.get("scope"))).findFirst().orElseThrow();
        assertEquals(List.of("", "MIN", "T A S"), List.of(overall.get("level"), overall.get("aggregation"), overall.get("left_out")));
    }
}

package io.cnmm.testsupport;

import static io.cnmm.testsupport.Api.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The audit log as an administrator reads it over HTTP. */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** Every record, oldest first. */
    public static List<Map<String, Object>> wholeLog() {
        List<Map<String, Object>> all = new ArrayList<>();
        Object after = 0;
        while (after != null) {
            JsonPath page = given().get("/api/audit/log?limit=1000&after=" + after).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("records"));
            after = page.get("next");
        }
        assertTrue(all.size() > 0);
        return all;
    }

    /** The newest record of an action on a subject. */
    public static Map<String, Object> latest(String action, String subject) {
        return wholeLog().stream().filter(r -> action.equals(r.get("action")) && subject.equals(r.get("subject")))
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no " + action + " record for " + subject));
    }
}

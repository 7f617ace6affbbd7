package io.cnmm.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One named case an expert wrote beside a rule file: the facts given and the levels expected.
 *
 * @param file   the scenario file, relative to the rules folder
 * @param expect levels by indicator, domain or part id, or {@code overall}; 0 means not assessed
 */
public record Scenario(String file, String name, Map<String, JsonNode> given, Map<String, Integer> expect) {

    /** {@code T/T-RM/T-RM-01.scenarios.yaml: a quarter containerised reaches level 2}. */
    public String displayName() {
        return file + ": " + name;
    }
}

package io.cnmm.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stored facts back in the shape a submission has, so they go through the same checks again. */
final class StoredFacts {

    private StoredFacts() {
    }

    static Map<String, JsonNode> asSubmitted(ObjectMapper json, Map<String, Object> facts) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        facts.forEach((key, value) -> nodes.put(key, json.valueToTree(value)));
        return nodes;
    }
}

package io.cnmm.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The body of {@code POST /api/enterprises/{id}/assessments}: facts by key, as declared in the
 * model (GET /api/model). Values stay JSON until checked, so a wrong type is reported by field.
 */
public record AssessmentRequest(Map<String, JsonNode> facts) {
}

package io.cnmm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.scenario.Scenario;
import io.cnmm.scenario.ScenarioLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts that put an indicator at a chosen level, taken from the experts' own scenarios: the first
 * scenario of the indicator's file that gives all its facts and expects exactly that level.
 */
public final class ScenarioFacts {

    private static final List<Scenario> SCENARIOS = new ScenarioLoader(ShippedModel.RULES, ShippedModel.MODEL_DATA).load();

    private ScenarioFacts() {
    }

    public static Map<String, JsonNode> forLevel(String indicator, int level) {
        int declared = ShippedModel.model().indicator(indicator).orElseThrow().facts().size();
        return SCENARIOS.stream()
                .filter(s -> s.file().endsWith("/" + indicator + ".scenarios.yaml"))
                .filter(s -> Integer.valueOf(level).equals(s.expect().get(indicator)) && s.given().size() == declared)
                .findFirst().map(s -> new HashMap<>(s.given()))
                .orElseThrow(() -> new IllegalStateException(indicator + " has no scenario ending at level " + level));
    }
}

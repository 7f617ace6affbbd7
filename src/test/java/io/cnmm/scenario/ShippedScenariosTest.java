package io.cnmm.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.testsupport.ShippedModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario an expert wrote beside a rule file is a named test of the normal build. */
class ShippedScenariosTest {

    private static final List<Scenario> SCENARIOS =
            new RulesWorkspace(ShippedModel.RULES, ShippedModel.MODEL_DATA).scenarios(ShippedModel.model());

    /** The same suite, runner and failure text as {@code cnmm test} and the API. */
    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPasses() {
        ScenarioSuite suite = new ScenarioSuite(ShippedModel.evaluator(), SCENARIOS);
        return suite.scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.displayName(), () -> {
            ScenarioOutcome outcome = suite.run(scenario);
            assertTrue(outcome.passed(), () -> String.join("\n", ScenarioReportText.failure(outcome)));
        }));
    }

    @Test
    void everyIndicatorHasScenariosEndingAtEachLevel() {
        // Only an indicator's own file counts: aggregation scenarios do not cover its levels.
        Map<String, Set<Integer>> reached = SCENARIOS.stream()
                .flatMap(s -> s.expect().entrySet().stream()
                        .filter(e -> s.file().endsWith("/" + e.getKey() + ".scenarios.yaml")))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
        Set<Integer> scale = ShippedModel.model().levels().stream().map(l -> l.level()).collect(Collectors.toSet());
        List<String> incomplete = ShippedModel.model().indicators().keySet().stream()
                .filter(id -> !reached.getOrDefault(id, Set.of()).containsAll(scale))
                .map(id -> id + " reaches " + reached.getOrDefault(id, Set.of()))
                .toList();
        assertEquals(List.of(), incomplete, "each level must be shown reached (and so the next one missed)");
    }

    @Test
    void everyRuleFileHasScenariosBesideIt() {
        List<String> missing = io.cnmm.evaluation.RuleSources.read(ShippedModel.RULES).stream()
                .map(io.cnmm.evaluation.RuleSource::scenariosPath)
                .filter(path -> !ShippedModel.RULES.resolve(path).toFile().isFile())
                .toList();
        assertEquals(List.of(), missing);
    }
}

package io.cnmm.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cnmm.model.ModelDataException;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interval facts are encoded one way: days of at least 1, lower is better, and "never" when there is
 * no regular event. A duration or frequency is declared in the unit its requirement is written in.
 */
class FactEncodingTest {

    @TempDir
    Path root;

    @Test
    void refusesZeroDaysBetweenPenTestsThatOnceReachedTheTopLevel() {
        Map<String, JsonNode> facts = Map.of("pentest_interval_days", IntNode.valueOf(0));

        List<FieldError> errors = assertThrows(InvalidFactsException.class,
                () -> new FactParser(ShippedModel.model()).parse(facts)).errors();

        assertEquals(List.of(new FieldError("facts.pentest_interval_days", "must be at least 1, or \"never\", was 0")), errors);
    }

    @Test
    void readsNeverAsLongerThanEveryIntervalARuleNames() {
        Map<String, JsonNode> facts = new HashMap<>(Map.of("internet_apps_dast_pct", IntNode.valueOf(100),
                "dast_in_pipeline", com.fasterxml.jackson.databind.node.BooleanNode.TRUE,
                "fuzzing_critical_components", com.fasterxml.jackson.databind.node.BooleanNode.TRUE,
                "pentest_interval_days", TextNode.valueOf("never")));
        Evaluator evaluator = ShippedModel.evaluator();

        SubmittedFacts parsed = new FactParser(evaluator.model()).parse(facts);
        IndicatorResult result = evaluator.evaluate(parsed).indicators().stream()
                .filter(i -> i.id().equals("S-DS-05")).findFirst().orElseThrow();

        assertEquals("never", parsed.values().get("pentest_interval_days"));
        assertEquals(2, result.level());
        assertThat(result.gaps()).anySatisfy(gap -> assertThat(gap.checks()).anySatisfy(check ->
                assertEquals("never", check.submitted())));
    }

    @Test
    void refusesNeverOnAFactWithoutItAndOnAnythingButAnInterval() {
        Map<String, JsonNode> facts = Map.of("containerized_pct", TextNode.valueOf("never"));
        assertThrows(InvalidFactsException.class, () -> new FactParser(ShippedModel.model()).parse(facts));

        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("T/T-RM/T-RM-01.yaml"), "    type: percent\n",
                "    type: percent\n    never: true\n");
        List<SourceProblem> problems = assertThrows(ModelDataException.class, workspace::model).problems();
        assertThat(problems).anySatisfy(p -> {
            assertEquals("/facts/0/never", p.path());
            assertThat(p.message()).contains("better: lower");
        });
    }

    @Test
    void refusesAUnitThatDoesNotFitTheFactsType() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.modelData().resolve("T/T-RD/T-RD-04.yaml"), "unit: per year", "unit: seconds");

        List<SourceProblem> problems = assertThrows(ModelDataException.class, workspace::model).problems();

        assertThat(problems).anySatisfy(p -> {
            assertEquals("T/T-RD/T-RD-04.yaml", p.file());
            assertEquals("/facts/0/unit", p.path());
            assertThat(p.message()).contains("a frequency cannot be in seconds").contains("per month");
        });
    }

    @Test
    void declaresFrequenciesAndSubMinuteDurationsInTheUnitOfTheirRequirement() {
        assertEquals("per year", ShippedModel.model().facts().get("deploys_per_year_median").unit());
        assertEquals("seconds", ShippedModel.model().facts().get("startup_p95_seconds").unit());
        assertEquals("minutes", ShippedModel.model().facts().get("lead_time_median").unit());
    }
}

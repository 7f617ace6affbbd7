package io.cnmm.benchmark;

import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.FloorEvaluator;
import io.cnmm.evaluation.SubmittedFacts;
import io.cnmm.testsupport.Examples;
import io.cnmm.testsupport.ShippedModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full assessment (trace on), from parsed facts to the result, on the shipped ruleset: the
 * Technical Architecture part alone (44 indicators) or all three parts (97); beside it, in the same
 * run, the plain-Java floor of the same criteria. Figures and the command are in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    static {
        // Outside Quarkus nothing configures logging and every category would log at TRACE: that
        // distorts the figures and reaches a Drools 10.2 bug in a trace message (docs/operations.md).
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    @Param({"just-starting", "progressing", "leading"})
    public String profile;

    /** The parts whose facts are submitted: Technical Architecture alone, or all three. */
    @Param({"T", "TAS"})
    public String parts;

    private Evaluator evaluator;
    private SubmittedFacts facts;
    private FloorEvaluator floor;
    private Map<String, Object> values;

    @Setup
    public void setUp() throws IOException {
        evaluator = ShippedModel.evaluator();
        Map<String, JsonNode> submitted = new HashMap<>(Examples.facts(profile));
        submitted.keySet().removeIf(key -> !parts.contains(evaluator.model().facts().get(key).indicator().substring(0, 1)));
        facts = new FactParser(evaluator.model()).parse(submitted);
        floor = new FloorEvaluator(evaluator);
        values = FloorEvaluator.valuesOf(facts);
    }

    @Benchmark
    public EvaluationResult fullAssessment() {
        return evaluator.evaluate(facts);
    }

    /** The floor: the same criteria and roll-up in plain Java, levels only (FloorEvaluatorTest keeps it equal). */
    @Benchmark
    public int[] floor() {
        return floor.evaluate(values);
    }
}

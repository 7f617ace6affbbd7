package io.cnmm.evaluation;

import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.ShippedModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the reachability and monotonicity checks add to every ruleset load, on the shipped model
 * and rules after inspection, as the compiler runs them. Single-shot by default: the first call in
 * a fresh JVM is what a service start pays. Figures and commands are in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LevelChecksBenchmark {

    static {
        // As in EvaluationBenchmark: outside Quarkus nothing configures logging (docs/operations.md).
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    private MaturityModel model;
    private List<CriterionRule> criteria;

    @Setup
    public void setUp() {
        model = new ModelLoader(ShippedModel.MODEL_DATA).load();
        DrlInspector inspector = new DrlInspector(model);
        RuleSources.read(ShippedModel.RULES).forEach(source -> inspector.inspect(DrlText.of(source), TrustedAggregation.isAggregation(source)));
        criteria = inspector.criteria();
    }

    @Benchmark
    public List<SourceProblem> levelChecks() {
        return LevelChecks.check(model, criteria);
    }
}

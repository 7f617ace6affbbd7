package io.cnmm.benchmark;

import io.cnmm.evaluation.Ruleset;
import io.cnmm.evaluation.RuleSources;
import io.cnmm.evaluation.RulesetCompiler;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
import io.cnmm.testsupport.ShippedModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Loading model-data and compiling the full shipped ruleset (inspection, level checks, sandbox and
 * Drools' compilation into a rule base), from the files. Single-shot: the first time in a fresh
 * JVM is what a start pays; with warm-up iterations it is what a reload in a running service pays.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.args="CompileBenchmark -f 5 -wi 0 -i 1"}
 * (cold) and {@code -Dbench.args="CompileBenchmark -f 1 -wi 5 -i 5"} (warm).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    static {
        // As in EvaluationBenchmark: outside Quarkus nothing configures logging (docs/operations.md).
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    @Benchmark
    public Ruleset loadAndCompile() {
        MaturityModel model = new ModelLoader(ShippedModel.MODEL_DATA).load();
        var sources = RuleSources.read(ShippedModel.RULES);
        return new RulesetCompiler(model, io.cnmm.evaluation.TrustedAggregation.of(sources)).compile(sources);
    }
}

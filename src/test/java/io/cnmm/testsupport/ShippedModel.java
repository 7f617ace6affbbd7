package io.cnmm.testsupport;

import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.RuleSources;
import io.cnmm.evaluation.RulesetCompiler;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
import java.nio.file.Path;

/**
 * The model-data and rules shipped in this repository, loaded and compiled once per test JVM:
 * compiling the full ruleset is the slow part, evaluations are cheap.
 */
public final class ShippedModel {

    public static final Path RULES = Path.of("rules");
    public static final Path MODEL_DATA = Path.of("model-data");

    private static Evaluator evaluator;

    private ShippedModel() {
    }

    public static synchronized Evaluator evaluator() {
        if (evaluator == null) {
            MaturityModel model = new ModelLoader(MODEL_DATA).load();
            var sources = RuleSources.read(RULES);
            evaluator = new Evaluator(model, new RulesetCompiler(model, io.cnmm.evaluation.TrustedAggregation.of(sources)).compile(sources));
        }
        return evaluator;
    }

    public static MaturityModel model() {
        return evaluator().model();
    }
}

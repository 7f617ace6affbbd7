package io.cnmm.evaluation;

import io.cnmm.CnmmConfig;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The model and ruleset the service evaluates with, loaded from disk at start. A broken model or
 * ruleset stops the start with every problem and its file:line, instead of serving wrong levels.
 */
@Startup
@ApplicationScoped
public class EvaluationEngine {

    private static final Logger LOG = Logger.getLogger(EvaluationEngine.class);

    @Inject
    CnmmConfig config;

    private volatile Evaluator evaluator;

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        MaturityModel model = new ModelLoader(config.modelDataDir()).load();
        Ruleset ruleset = new RulesetCompiler(model).compile(RuleSources.read(config.rulesDir()));
        evaluator = new Evaluator(model, ruleset);
        LOG.infof("Model %s (%d indicators) and %d rules from %s loaded in %d ms, ruleset %s",
                model.version(), model.indicators().size(), ruleset.ruleCount(), config.rulesDir().toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000, ruleset.digest());
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public MaturityModel model() {
        return evaluator.model();
    }
}

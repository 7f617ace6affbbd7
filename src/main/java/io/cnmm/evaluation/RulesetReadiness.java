package io.cnmm.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a model and ruleset are loaded; says which, so operators can compare replicas. */
@Readiness
@ApplicationScoped
public class RulesetReadiness implements HealthCheck {

    @Inject
    EvaluationEngine engine;

    @Override
    public HealthCheckResponse call() {
        Evaluator evaluator = engine.evaluator();
        return HealthCheckResponse.named("ruleset").status(evaluator != null)
                .withData("modelVersion", evaluator == null ? "none" : evaluator.model().version())
                .withData("rulesetDigest", evaluator == null ? "none" : evaluator.ruleset().digest())
                .withData("rules", evaluator == null ? 0 : evaluator.ruleset().ruleCount())
                .build();
    }
}

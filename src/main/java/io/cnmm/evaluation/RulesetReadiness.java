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
        // The service does not start without a valid ruleset, so a running one is always ready.
        Evaluator evaluator = engine.evaluator();
        return HealthCheckResponse.named("ruleset").up()
                .withData("modelVersion", evaluator.model().version())
                .withData("rulesetDigest", evaluator.ruleset().digest())
                .withData("rules", evaluator.ruleset().ruleCount())
                .build();
    }
}

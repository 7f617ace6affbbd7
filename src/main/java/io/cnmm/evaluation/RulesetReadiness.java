package io.cnmm.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a ruleset is loaded; says which, so operators can compare replicas. */
@Readiness
@ApplicationScoped
public class RulesetReadiness implements HealthCheck {

    @Inject
    EvaluationEngine engine;

    @Override
    public HealthCheckResponse call() {
        if (engine.loadedVersion() == null) {
            return HealthCheckResponse.named("ruleset").down().build();
        }
        ActiveRuleset active = engine.current();
        return HealthCheckResponse.named("ruleset").up()
                .withData("rulesetVersion", active.version())
                .withData("modelVersion", active.evaluator().model().version())
                .withData("rulesetDigest", active.evaluator().ruleset().digest())
                .withData("rules", active.evaluator().ruleset().ruleCount())
                .build();
    }
}

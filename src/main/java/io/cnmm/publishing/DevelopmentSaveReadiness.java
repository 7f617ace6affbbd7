package io.cnmm.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Development mode: the last save's outcome beside the ruleset check. Always up: a broken save
 * leaves the previous ruleset active, so the service still evaluates, and a development service
 * that turned unready on every typo would only be restarted by its tooling.
 */
@Readiness
@ApplicationScoped
public class DevelopmentSaveReadiness implements HealthCheck {

    /** Enough to see what is wrong; the rest is in GET /api/rulesets/active. */
    private static final int SHOWN = 10;

    @Inject
    DevelopmentSaves saves;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("development-save").up();
        saves.last().ifPresent(save -> {
            check.withData("outcome", save.outcome()).withData("savedAt", save.savedAt().toString())
                    .withData("problems", save.problems().size());
            for (int i = 0; i < Math.min(SHOWN, save.problems().size()); i++) {
                check.withData("problem" + (i + 1), save.problems().get(i));
            }
        });
        return check.build();
    }
}

package io.cnmm.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.CnmmConfig;
import io.cnmm.assessment.AssessmentRequest;
import io.cnmm.assessment.AssessmentService;
import io.cnmm.enterprise.EnterpriseRepository;
import io.cnmm.enterprise.EnterpriseRequest;
import io.cnmm.enterprise.EnterpriseService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.cnmm.publishing.RulesetLifecycle;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Gives a new installation something to look at: the three example profiles as enterprises with
 * one assessment each, created only when no enterprise exists yet (so never twice, and never in
 * a database that is in use). On by default only in development (docs/operations.md).
 */
@ApplicationScoped
public class ExampleSeeder {

    private static final Logger LOG = Logger.getLogger(ExampleSeeder.class);
    private static final Map<String, String> PROFILES = Map.of(
            "just-starting", "Example: just starting",
            "progressing", "Example: progressing",
            "leading", "Example: leading");

    @Inject
    CnmmConfig config;
    @Inject
    EnterpriseRepository enterprises;
    @Inject
    EnterpriseService enterpriseService;
    @Inject
    AssessmentService assessments;
    @Inject
    ObjectMapper json;

    void seed(@Observes @jakarta.annotation.Priority(RulesetLifecycle.AFTER_RULESET) StartupEvent start) {
        if (!config.examples().seed() || QuarkusTransaction.requiringNew().call(enterprises::count) > 0) {
            return;
        }
        // One transaction, so a failure leaves no half-seeded database that would never be completed.
        QuarkusTransaction.requiringNew().run(() -> PROFILES.forEach((profile, name) -> {
            var enterprise = enterpriseService.create(new EnterpriseRequest(name, "example"));
            assessments.submit(enterprise.id(), request(profile));
        }));
        LOG.infof("Created %d example enterprises with an assessment each (cnmm.examples.seed=false turns this off)",
                PROFILES.size());
    }

    private AssessmentRequest request(String profile) {
        Path file = config.modelDataDir().resolve("examples").resolve(profile + ".json");
        try {
            return json.readValue(file.toFile(), AssessmentRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example profile " + file, e);
        }
    }
}

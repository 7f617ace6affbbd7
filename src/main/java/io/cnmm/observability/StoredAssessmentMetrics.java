package io.cnmm.observability;

import io.cnmm.assessment.AssessmentsStored;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * {@code cnmm.assessments.stored}: assessments this replica stored, by how ({@code action=submitted}
 * or {@code reevaluated}). Counted after the commit, so a rolled-back submission never counts.
 */
@ApplicationScoped
public class StoredAssessmentMetrics {

    @Inject
    MeterRegistry registry;

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssessmentsStored stored) {
        Counter.builder("cnmm.assessments.stored")
                .description("Assessments stored (and sealed) by this replica, after commit")
                .tag("action", stored.action())
                .register(registry)
                .increment(stored.count());
    }
}

package io.cnmm.assessment;

import io.cnmm.audit.AuditAction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every stored assessment is sealed. Those stored before seals existed are sealed at the first
 * start after the upgrade, oldest first, each recorded in the audit log as sealed late: the seal
 * vouches for them from then on, not for what happened to them before.
 */
@ApplicationScoped
class LateSealing {

    private static final Logger LOG = Logger.getLogger(LateSealing.class);
    private static final int AT_MOST = 1_000_000;

    @Inject
    AssessmentRecords records;
    @Inject
    AssessmentEvidence evidence;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) StartupEvent start) {
        List<UUID> unsealed = records.unsealed(AT_MOST);
        int sealed = 0;
        for (UUID id : unsealed) {
            try {
                QuarkusTransaction.requiringNew().run(() -> evidence.sealStored(id, AuditAction.ASSESSMENT_SEALED_LATE));
                sealed++;
            } catch (RuntimeException e) { // another replica starting at the same time sealed it first
                LOG.debugf("Assessment %s not sealed here: %s", id, e.getMessage());
            }
        }
        if (!unsealed.isEmpty()) {
            LOG.infof("Sealed %d of %d assessments stored before seals existed", sealed, unsealed.size());
        }
    }
}

package io.cnmm.publishing;

import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.CanonicalJson;
import io.cnmm.audit.Caller;
import io.cnmm.scenario.ScenarioReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Records every scenario run in the audit log: who ran which bundle, and what came of it. A run
 * compiles and evaluates what a rule author uploaded, so it is recorded like a publication, the
 * refused ones too: they are what a probe of the service looks like.
 */
@ApplicationScoped
class ScenarioRunAudit {

    @Inject
    AuditLog auditLog;
    @Inject
    Caller caller;

    /** Runs the scenarios of the bundle with this digest, and records the outcome whichever it is. */
    ScenarioReport record(String digest, Supplier<ScenarioReport> run) {
        ScenarioReport report;
        try {
            report = run.get();
        } catch (RuntimeException e) {
            refused(digest, e);
            throw e;
        }
        append(report.allPassed() ? AuditAction.RULESET_SCENARIOS_PASSED : AuditAction.RULESET_SCENARIOS_FAILED, digest,
                Map.of("digest", digest, "rulesetDigest", report.rulesetDigest(), "passed", report.passed(), "failed", report.failed()));
        return report;
    }

    /** A run refused before it started or stopped on the way: why, by the kind of failure, never its details. */
    void refused(String digest, RuntimeException why) {
        append(AuditAction.RULESET_SCENARIOS_REFUSED, digest, Map.of("digest", digest, "refused", why.getClass().getSimpleName()));
    }

    private void append(AuditAction action, String digest, Map<String, Object> content) {
        String who = caller.who(null);
        QuarkusTransaction.requiringNew().run(() -> auditLog.append(who, action, "ruleset/" + digest, CanonicalJson.digest(content)));
    }
}

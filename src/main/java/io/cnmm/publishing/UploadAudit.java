package io.cnmm.publishing;

import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.CanonicalJson;
import io.cnmm.audit.Caller;
import io.cnmm.problem.Digests;
import io.cnmm.scenario.ScenarioReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Records in the audit log what rule authors make the service check: every scenario run, whatever
 * came of it, and every refused publication (a published one is recorded as it is stored). A run
 * compiles and evaluates what was uploaded, so the refused ones are recorded too: they are what a
 * probe of the service looks like. Errors count as refusals, so nothing a run throws escapes it.
 */
@ApplicationScoped
class UploadAudit {

    private static final Logger LOG = Logger.getLogger(UploadAudit.class);

    @Inject
    AuditLog auditLog;
    @Inject
    Caller caller;

    /** Runs the scenarios of the bundle with this digest, and records the outcome whichever it is. */
    ScenarioReport scenarioRun(String digest, Supplier<ScenarioReport> run) {
        ScenarioReport report = recordingRefusal(AuditAction.RULESET_SCENARIOS_REFUSED, digest, run);
        append(report.allPassed() ? AuditAction.RULESET_SCENARIOS_PASSED : AuditAction.RULESET_SCENARIOS_FAILED, digest,
                Map.of("digest", digest, "rulesetDigest", report.rulesetDigest(), "passed", report.passed(), "failed", report.failed()));
        return report;
    }

    /** Publishes the bundle with this digest; a refusal is recorded. */
    <T> T publication(String digest, Supplier<T> publish) {
        return recordingRefusal(AuditAction.RULESET_PUBLISH_REFUSED, digest, publish);
    }

    /** An upload read as a bundle; one that is not even a bundle is refused, recorded under the SHA-256 of its bytes. */
    RulesBundle read(byte[] zip, AuditAction refused) {
        return recordingRefusal(refused, Digests.sha256Bytes(List.of(Map.entry("upload", zip))), () -> RulesBundle.fromZip(zip));
    }

    /** Does the work; if it throws, records the refusal of the bundle with this digest, then throws on. */
    <T> T recordingRefusal(AuditAction refused, String digest, Supplier<T> work) {
        try {
            return work.get();
        } catch (Throwable e) {
            try {
                append(refused, digest, Map.of("digest", digest, "refused", e.getClass().getSimpleName()));
            } catch (RuntimeException | Error recording) { // the refusal itself is what the caller must see
                LOG.errorf(recording, "Could not record the refusal of %s in the audit log", digest);
            }
            throw e;
        }
    }

    private void append(AuditAction action, String digest, Map<String, Object> content) {
        String who = caller.who(null);
        QuarkusTransaction.requiringNew().run(() -> auditLog.append(who, action, "ruleset/" + digest, CanonicalJson.digest(content)));
    }
}

package io.cnmm.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An administrator's rotation of the signing key, recorded in the audit log in the same transaction. */
@ApplicationScoped
public class SigningKeyRotation {

    @Inject
    SigningKeys keys;
    @Inject
    AuditLog auditLog;
    @Inject
    Caller caller;

    @Transactional
    public SigningKeyView rotate() {
        SigningKey created = keys.rotate();
        auditLog.append(caller.who(null), AuditAction.SIGNING_KEY_ROTATED, "signing-key/" + created.keyId, created.keyId);
        return SigningKeyView.of(created, true);
    }
}

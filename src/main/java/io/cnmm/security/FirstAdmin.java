package io.cnmm.security;

import io.cnmm.CnmmConfig;
import io.cnmm.audit.AuditAction;
import io.cnmm.audit.AuditLog;
import io.cnmm.audit.Caller;
import io.cnmm.audit.CanonicalJson;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first start creates an administrator, so the service is never open and never locked. Its
 * password comes from configuration (a secret) or is generated and printed once, to the console
 * and not to the log.
 */
@ApplicationScoped
public class FirstAdmin {

    @Inject
    CnmmConfig config;
    @Inject
    Users users;
    @Inject
    Passwords passwords;
    @Inject
    AuditLog auditLog;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION - 10) StartupEvent start) {
        users.lockAdministrators(); // replicas starting together create one admin
        if (users.count() > 0) {
            return;
        }
        String username = config.security().adminUsername();
        String password = configuredPassword(config.security().adminPassword());
        boolean generated = password == null;
        if (generated) {
            password = Passwords.generate();
        }
        users.persist(UserAccount.create(username, passwords.hash(password), List.of(Role.ADMIN), Caller.SYSTEM));
        auditLog.append(Caller.SYSTEM, AuditAction.USER_CREATED, "user/" + username,
                CanonicalJson.digest(Map.of("username", username, "roles", List.of(Role.ADMIN))));
        if (generated) {
            System.out.printf("%n  CNMM Assess: created the administrator '%s' with the password  %s%n"
                    + "  It is shown this once. Sign in with it and create your users (docs/security.md).%n%n",
                    username, password);
        }
    }

    /** The configured password, or {@code null} if none is set; one the API would refuse stops the start. */
    static String configuredPassword(Optional<String> configured) {
        String password = configured.filter(p -> !p.isBlank()).orElse(null);
        if (password != null) {
            Passwords.refusal(password).ifPresent(reason -> {
                throw new IllegalStateException("cnmm.security.admin-password " + reason);
            });
        }
        return password;
    }
}

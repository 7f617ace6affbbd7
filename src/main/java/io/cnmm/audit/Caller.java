package io.cnmm.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, for the audit log and a ruleset version's author: the one place that answers it.
 * Within a request it is the signed-in user (HTTP Basic or OpenID Connect); a name the request
 * claims counts only where nobody is signed in, which is the command line working offline.
 */
@ApplicationScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";
    /** Writes the service makes on its own, outside any request: first start, example data. */
    public static final String SYSTEM = "cnmm (system)";

    @Inject
    SecurityIdentity identity;

    /** @param claimed the name the request gave, or {@code null} when it gives none */
    public String who(String claimed) {
        if (Arc.container().requestContext().isActive() && !identity.isAnonymous()) {
            return identity.getPrincipal().getName();
        }
        if (claimed != null && !claimed.isBlank()) {
            return claimed.strip();
        }
        return Arc.container().requestContext().isActive() ? ANONYMOUS : SYSTEM;
    }
}

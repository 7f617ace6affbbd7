package io.cnmm.observability;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the signed-in user's name in the log context ({@code user}) of every API request, beside the
 * trace and span ids OpenTelemetry puts there, so a log line can be traced to who caused it. Only
 * the name: never a password, a header or anything from the body.
 *
 * <p>Sign-in stays where it was (authentication is not proactive): a request that fails to sign in
 * gets no name here, and the endpoint's own check refuses it with problem details as before.
 */
public class SignedInUserLogContext {

    static final String USER = "user";

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> nameTheUser() {
        return identities.getDeferredIdentity()
                .onItem().invoke(SignedInUserLogContext::remember)
                .onFailure().recoverWithNull() // refused later by the endpoint, as without this filter
                .replaceWithVoid();
    }

    private static void remember(SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous()) {
            MDC.put(USER, identity.getPrincipal().getName());
        }
    }
}

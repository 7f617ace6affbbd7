package io.cnmm.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is calling, for the audit log: the one place that answers it. Until there is authentication
 * (issue 6) it is the name a request gives, where it gives one (a ruleset's author); when there
 * is, this returns the authenticated principal and the claimed name matters no longer.
 */
@ApplicationScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";
    /** Writes the service makes on its own, outside any request: first start, example data. */
    public static final String SYSTEM = "cnmm (system)";

    /** @param claimed the name the request gave, or {@code null} when it gives none */
    public String who(String claimed) {
        if (claimed != null && !claimed.isBlank()) {
            return claimed.strip();
        }
        return Arc.container().requestContext().isActive() ? ANONYMOUS : SYSTEM;
    }
}

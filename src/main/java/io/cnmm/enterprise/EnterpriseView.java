package io.cnmm.enterprise;

import java.time.Instant;
import java.util.UUID;

/** An enterprise as the API shows it. */
public record EnterpriseView(UUID id, String name, String industry, Instant createdAt) {

    static EnterpriseView of(Enterprise enterprise) {
        return new EnterpriseView(enterprise.id, enterprise.name, enterprise.industry, enterprise.createdAt);
    }
}

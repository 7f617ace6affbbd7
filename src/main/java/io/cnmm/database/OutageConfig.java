package io.cnmm.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service answers while its database cannot be reached (docs/operations.md, "Database outages"). */
@ConfigMapping(prefix = "cnmm.database")
public interface OutageConfig {

    /** The Retry-After of a 503 database-unavailable: about how long a PostgreSQL restart or fail-over takes. */
    @WithDefault("5s")
    Duration retryAfter();
}

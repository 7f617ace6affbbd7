package io.cnmm.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Idempotency-Key on creating requests (docs/api.md, "Safe retries"). */
@ConfigMapping(prefix = "cnmm.idempotency")
public interface IdempotencyConfig {

    /** How long a key's first answer is kept and given back to a retry; a retry after that creates anew. */
    @WithDefault("24h")
    Duration retention();

    /** How often expired keys are deleted (by every replica; deleting twice is harmless). */
    @WithDefault("1h")
    Duration purgeInterval();
}

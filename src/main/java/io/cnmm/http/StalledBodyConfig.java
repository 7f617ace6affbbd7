package io.cnmm.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Requests whose body stops arriving (docs/operations.md, "Stalled uploads"). */
@ConfigMapping(prefix = "cnmm.http")
public interface StalledBodyConfig {

    /**
     * How long a request body may go without a single byte arriving before the connection is closed,
     * without an answer. Closed between one and two times this after the last byte.
     */
    @WithDefault("30s")
    Duration bodyReadTimeout();
}

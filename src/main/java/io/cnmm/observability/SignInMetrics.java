package io.cnmm.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code cnmm.signin.failures}: refused sign-ins by reason, never by user name: a name as a tag
 * would put every guessed name into the metrics (and make the series unbounded).
 */
@ApplicationScoped
public class SignInMetrics {

    /** Why a sign-in was refused; the tag's only values. */
    public enum Reason {
        UNKNOWN_USER("unknown-user"), WRONG_PASSWORD("wrong-password");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }
    }

    @Inject
    MeterRegistry registry;

    public void failed(Reason reason) {
        Counter.builder("cnmm.signin.failures")
                .description("Refused sign-ins with a user name and password")
                .tag("reason", reason.tag)
                .register(registry)
                .increment();
    }
}

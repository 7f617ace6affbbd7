package io.cnmm.publishing;

import java.time.Instant;

/**
 * An activation as the API shows it.
 *
 * @param previous    the version this replica evaluated with before (only on the answer to an activation)
 * @param readyMillis how long this replica took to have the version compiled (only on that answer)
 */
public record ActivationView(String digest, Instant activatedAt, String activatedBy, String kind, String previous,
                             Long readyMillis) {

    static ActivationView of(RulesetActivation activation) {
        return new ActivationView(activation.digest, activation.activatedAt, activation.activatedBy,
                activation.kind.name(), null, null);
    }

    static ActivationView of(RulesetPublisher.Activated activated) {
        RulesetActivation a = activated.activation();
        return new ActivationView(a.digest, a.activatedAt, a.activatedBy, a.kind.name(), activated.previous(),
                activated.readyMillis());
    }
}

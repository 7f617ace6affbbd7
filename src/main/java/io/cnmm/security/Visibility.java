package io.cnmm.security;

import java.util.Set;
import java.util.UUID;

/** The enterprises a user may see: every one, or the assigned ones. */
public record Visibility(boolean every, Set<UUID> enterprises) {

    public static final Visibility EVERY = new Visibility(true, Set.of());

    public static Visibility only(Set<UUID> enterprises) {
        return new Visibility(false, Set.copyOf(enterprises));
    }

    public boolean includes(UUID enterprise) {
        return every || enterprises.contains(enterprise);
    }
}

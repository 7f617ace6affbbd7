package io.cnmm.security;

import java.util.List;
import java.util.UUID;

/** Which enterprises a user may see. */
public record AssignmentsView(List<UUID> enterprises, boolean allEnterprises) {

    static AssignmentsView of(Visibility visibility) {
        return new AssignmentsView(visibility.enterprises().stream().sorted().toList(), visibility.every());
    }
}

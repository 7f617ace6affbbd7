package io.cnmm.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code PUT /api/users/{username}/assignments}, which replaces them:
 * {@code {"enterprises": ["3f2a…"], "allEnterprises": false}}.
 */
public record AssignmentsRequest(
        @NotNull @Size(max = 10_000) List<@NotNull UUID> enterprises,
        boolean allEnterprises) {
}

package io.cnmm.security;

import java.time.Instant;
import java.util.List;

/** A user as the API shows it: never the password hash. */
public record UserView(String username, List<String> roles, Instant createdAt, String createdBy,
                       AssignmentsView assignments) {
}

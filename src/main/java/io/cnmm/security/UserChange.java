package io.cnmm.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code PUT /api/users/{username}}: new roles, a new password, or both (absent means unchanged). */
public record UserChange(
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
        @Pattern(regexp = Passwords.PRINTABLE, message = Passwords.PRINTABLE_RULE) String password,
        @Size(min = 1, max = 4) List<@NotNull @Pattern(regexp = UserRequest.ROLE, message = UserRequest.ROLE_RULE) String> roles) {
}

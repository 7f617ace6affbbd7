package io.cnmm.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/users}. */
public record UserRequest(
        @NotNull @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
        @NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
        @Pattern(regexp = Passwords.PRINTABLE, message = Passwords.PRINTABLE_RULE) String password,
        @NotEmpty @Size(max = 4) List<@NotNull @Pattern(regexp = ROLE, message = ROLE_RULE) String> roles) {

    static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";
    static final String USERNAME_RULE = "1 to 100 letters, digits, '.', '_', '@' or '-'";
    static final String ROLE = "assessor|auditor|rule-author|admin";
    static final String ROLE_RULE = "must be one of assessor, auditor, rule-author, admin";
}

package io.cnmm.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/enterprises}. */
public record EnterpriseRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE, message = CONTROL_CHARACTERS) String name,
        @Size(max = 100) @Pattern(regexp = PRINTABLE, message = CONTROL_CHARACTERS) String industry) {

    // PostgreSQL refuses NUL in text, and no name needs control characters.
    static final String PRINTABLE = "[^\\p{Cntrl}]*";
    static final String CONTROL_CHARACTERS = "must not contain control characters";
}

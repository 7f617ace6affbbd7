package io.cnmm.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/enterprises}. */
public record EnterpriseRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE, message = CONTROL_CHARACTERS) String name,
        @Size(max = 100) @Pattern(regexp = PRINTABLE, message = CONTROL_CHARACTERS) String industry) {

    // PostgreSQL refuses NUL in text, no name needs control characters, and a lone half of a
    // surrogate pair is not a character at all (a pair, as in an emoji, is fine).
    public static final String PRINTABLE = "[^\\p{Cntrl}\\p{Cs}]*";
    public static final String CONTROL_CHARACTERS = "must not contain control characters or broken Unicode";
}

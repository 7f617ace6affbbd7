package io.cnmm.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/enterprises}. */
public record EnterpriseRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String industry) {
}

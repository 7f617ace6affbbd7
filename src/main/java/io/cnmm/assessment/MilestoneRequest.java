package io.cnmm.assessment;

import io.cnmm.enterprise.EnterpriseRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/assessments/{id}/milestone}: {@code {"name": "Q3 certification"}}. */
public record MilestoneRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = EnterpriseRequest.PRINTABLE, message = EnterpriseRequest.CONTROL_CHARACTERS)
        String name) {
}

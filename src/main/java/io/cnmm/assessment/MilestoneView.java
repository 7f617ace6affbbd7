package io.cnmm.assessment;

import java.time.Instant;
import java.util.UUID;

/** A milestone as the API shows it. */
public record MilestoneView(UUID assessment, String name, Instant namedAt, String namedBy) {

    static MilestoneView of(Milestone milestone) {
        return new MilestoneView(milestone.assessmentId, milestone.name, milestone.namedAt, milestone.namedBy);
    }
}

package io.cnmm.audit;

/** The kinds of write the audit log records; {@link #label()} is what the log stores and shows. */
public enum AuditAction {
    ENTERPRISE_CREATED("enterprise.created"),
    ASSESSMENT_SUBMITTED("assessment.submitted"),
    ASSESSMENT_REEVALUATED("assessment.reevaluated"),
    /** An assessment stored before seals existed, sealed when the service was upgraded. */
    ASSESSMENT_SEALED_LATE("assessment.sealed-late"),
    MILESTONE_NAMED("assessment.milestone-named"),
    RULESET_PUBLISHED("ruleset.published"),
    RULESET_ACTIVATED("ruleset.activated"),
    RULESET_ROLLED_BACK("ruleset.rolled-back"),
    USER_CREATED("user.created"),
    /** Roles or password changed; the record's digest covers the name and roles, never the password. */
    USER_CHANGED("user.changed"),
    USER_DELETED("user.deleted"),
    ASSIGNMENTS_CHANGED("user.assignments-changed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

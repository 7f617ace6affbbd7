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
    /** A bundle's scenarios were run (published or not) and all passed; the subject names the bundle. */
    RULESET_SCENARIOS_PASSED("ruleset.scenarios-passed"),
    /** A bundle's scenarios were run and some failed. */
    RULESET_SCENARIOS_FAILED("ruleset.scenarios-failed"),
    /** A bundle's scenarios could not be run: the bundle was refused, or a run was stopped by a limit. */
    RULESET_SCENARIOS_REFUSED("ruleset.scenarios-refused"),
    /** A bundle was refused for publication: invalid, failing scenarios, or past a limit. */
    RULESET_PUBLISH_REFUSED("ruleset.publish-refused"),
    SIGNING_KEY_ROTATED("signing-key.rotated"),
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

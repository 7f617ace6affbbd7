package io.cnmm.security;

import java.util.List;

/**
 * The four roles (docs/security.md). They are constants, not an enum, because
 * {@code @RolesAllowed} needs compile-time strings.
 */
public final class Role {

    /** Submits and reads assessments of the enterprises assigned to them. */
    public static final String ASSESSOR = "assessor";
    /** Reads and exports assessments, traces, history and the audit log of assigned (or all) enterprises. */
    public static final String AUDITOR = "auditor";
    /** Validates, tests and publishes rulesets; cannot activate them. */
    public static final String RULE_AUTHOR = "rule-author";
    /** Manages users and assignments, activates and rolls back rulesets, and may do everything else. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(ASSESSOR, AUDITOR, RULE_AUTHOR, ADMIN);

    private Role() {
    }
}

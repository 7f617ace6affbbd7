package io.cnmm.openapi;

/** The tags that group the operations in the OpenAPI document; each resource class names one. */
public final class ApiTags {

    public static final String MODEL = "Model";
    public static final String ENTERPRISES = "Enterprises";
    public static final String ASSESSMENTS = "Assessments";
    public static final String REPORTS = "Reports and verification";
    public static final String AUDIT = "Audit and signing keys";
    public static final String RULESETS = "Rulesets";
    public static final String USERS = "Users";

    private ApiTags() {
    }
}

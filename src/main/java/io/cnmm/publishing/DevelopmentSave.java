package io.cnmm.publishing;

import java.time.Instant;
import java.util.List;

/**
 * What came of the last save in development mode ({@code cnmm.rules.follow-folder}): shown by
 * {@code GET /api/rulesets/active} and the readiness check, so that an expert sees a broken save, or a
 * save whose scenarios fail, without reading the log.
 *
 * @param outcome  {@code activated}, {@code activated-with-failing-scenarios} (active, as in development the
 *                 folders win, but its scenarios fail) or {@code rejected} (does not compile; the previous
 *                 ruleset stays active)
 * @param version  the version the save became, or {@code null} when it was rejected
 * @param problems each as {@code file:line:column: message}, files from the repository root
 */
public record DevelopmentSave(Instant savedAt, String outcome, String version, List<String> problems) {

    public static final String ACTIVATED = "activated";
    public static final String FAILING_SCENARIOS = "activated-with-failing-scenarios";
    public static final String REJECTED = "rejected";

    public DevelopmentSave {
        problems = List.copyOf(problems);
    }
}

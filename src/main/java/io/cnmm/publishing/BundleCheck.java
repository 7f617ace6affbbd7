package io.cnmm.publishing;

import io.cnmm.authoring.Installation;
import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.RuleSource;
import io.cnmm.evaluation.RulesetException;
import io.cnmm.evaluation.TrustedAggregation;
import io.cnmm.problem.SourceProblem;
import io.cnmm.scenario.ScenarioReport;
import io.cnmm.scenario.ScenarioSuite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Validates a bundle with the same code that validates an expert's folders, and compiles it, with
 * the aggregation rules and schemas of an installation (never the bundle's own). Nothing here
 * touches the database or the disk: a bundle that fails never gets near either.
 */
final class BundleCheck {

    private static final String SCHEMAS = RulesBundle.MODEL_DATA + "schema/";
    private static final String AGGREGATION = RulesBundle.RULES + TrustedAggregation.FOLDER;

    private BundleCheck() {
    }

    /**
     * An upload as the server checks it. Its schemas, if it carries any, must be the server's; its
     * aggregation rules, if it carries none, are the server's (and become part of the version, so
     * that it can be replayed exactly).
     *
     * @throws io.cnmm.problem.SourceProblemsException when it carries a schema of its own
     */
    static RulesBundle admit(RulesBundle upload, Installation installation) {
        List<SourceProblem> problems = new ArrayList<>();
        SortedMap<String, byte[]> schemas = installation.schemas().files();
        upload.files().subMap(SCHEMAS, SCHEMAS + "\uffff").forEach((path, content) -> {
            if (!Arrays.equals(content, schemas.get(path.substring(SCHEMAS.length())))) {
                problems.add(SourceProblem.atLine(path, null, null, "JSON Schemas are the server's own: "
                        + (schemas.containsKey(path.substring(SCHEMAS.length())) ? "this one differs from the server's"
                        : "the server has no such schema") + "; leave model-data/schema/ out of the bundle"));
            }
        });
        if (!problems.isEmpty()) {
            throw new RulesetException(problems);
        }
        if (!upload.files().subMap(AGGREGATION, AGGREGATION + "\uffff").isEmpty()) {
            return upload;
        }
        SortedMap<String, byte[]> aggregation = new TreeMap<>();
        for (RuleSource file : installation.aggregation().installedFiles()) {
            aggregation.put(RulesBundle.RULES + file.path(), file.bytes());
        }
        return upload.withFilesWhereMissing(aggregation);
    }

    /**
     * @param runScenarios whether every scenario must pass too (publishing), or validation is
     *                     enough (a version already published, compiled again)
     * @throws io.cnmm.problem.SourceProblemsException when a file is invalid
     * @throws ScenarioFailuresException               when a scenario fails
     */
    static CheckedBundle check(RulesBundle bundle, Installation installation, boolean runScenarios, String whyNoScenarios) {
        try (RulesBundle.Unpacked unpacked = bundle.unpack()) {
            RulesWorkspace workspace = unpacked.workspace();
            long started = System.nanoTime();
            Evaluator evaluator = workspace.compile(installation);
            long compileMillis = (System.nanoTime() - started) / 1_000_000;
            if (!runScenarios) {
                return new CheckedBundle(bundle, evaluator, whyNoScenarios, compileMillis);
            }
            ScenarioReport report = suite(workspace, installation, evaluator).run();
            if (!report.allPassed()) {
                throw new ScenarioFailuresException(report);
            }
            return new CheckedBundle(bundle, evaluator, report.passed() + " of " + report.passed() + " passed", compileMillis);
        }
    }

    /** Runs a bundle's scenarios against an evaluator already compiled from it, or compiles one. */
    static ScenarioReport runScenarios(RulesBundle bundle, Installation installation, Evaluator compiled) {
        try (RulesBundle.Unpacked unpacked = bundle.unpack()) {
            RulesWorkspace workspace = unpacked.workspace();
            Evaluator evaluator = compiled != null ? compiled : workspace.compile(installation);
            return suite(workspace, installation, evaluator).run();
        }
    }

    private static ScenarioSuite suite(RulesWorkspace workspace, Installation installation, Evaluator evaluator) {
        return new ScenarioSuite(evaluator, workspace.scenarios(evaluator.model(), installation));
    }
}

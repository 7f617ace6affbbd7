package io.cnmm.authoring;

import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.RuleSource;
import io.cnmm.evaluation.RuleSources;
import io.cnmm.evaluation.RulesetCompiler;
import io.cnmm.evaluation.TrustedAggregation;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
import io.cnmm.problem.SourceProblem;
import io.cnmm.problem.SourceProblemsException;
import io.cnmm.scenario.Scenario;
import io.cnmm.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * A rules folder and a model-data folder as an expert edits them, and the one validation every
 * entry point uses: the service at start, publishing, the command line and the tests. Loading
 * either yields a ruleset that is safe to evaluate with, or throws with every problem found, each
 * at its file and line.
 */
public final class RulesWorkspace {

    private final Path rules;
    private final Path modelData;
    private final String rulesLabel;
    private final String modelDataLabel;

    /** Folders on this machine: problems name files from the working directory (or absolutely when outside it). */
    public RulesWorkspace(Path rules, Path modelData) {
        this(rules, modelData, ProblemPaths.label(rules), ProblemPaths.label(modelData));
    }

    /**
     * @param rulesLabel     how problems name the rules folder, for example {@code rules}: every file in a
     *                       problem is written under it ({@code rules/T/T-RM/T-RM-01.drl}), so that a terminal
     *                       or an editor opens it from the repository (or bundle) root
     * @param modelDataLabel the same for the model-data folder
     */
    public RulesWorkspace(Path rules, Path modelData, String rulesLabel, String modelDataLabel) {
        this.rules = rules;
        this.modelData = modelData;
        this.rulesLabel = rulesLabel;
        this.modelDataLabel = modelDataLabel;
    }

    /** The warnings of a ruleset compiled from here (about model-data files), named from where the command runs. */
    public List<SourceProblem> modelDataWarnings(Evaluator evaluator) {
        return ProblemPaths.under(modelDataLabel, evaluator.ruleset().warnings());
    }

    public Path rules() {
        return rules;
    }

    public Path modelData() {
        return modelData;
    }

    /**
     * Model data, then rules against it, with the folders' own aggregation rules and schemas: the
     * expert's machine, where the folders are the installation. Scenarios are not read: the service
     * start needs only what evaluations use.
     *
     * @throws SourceProblemsException with every problem of the first stage that has any
     */
    public Evaluator compile() {
        MaturityModel model = ProblemPaths.modelData(modelDataLabel, () -> new ModelLoader(modelData).load());
        return ProblemPaths.rules(rulesLabel, () -> {
            List<RuleSource> sources = RuleSources.read(rules);
            return new Evaluator(model, new RulesetCompiler(model, TrustedAggregation.of(sources)).compile(sources));
        });
    }

    /** As {@link #compile()}, with the aggregation rules, schemas and limits of an installation: the server's. */
    public Evaluator compile(Installation installation) {
        MaturityModel model = ProblemPaths.modelData(modelDataLabel, () -> new ModelLoader(modelData, installation.schemas()).load());
        return ProblemPaths.rules(rulesLabel, () -> new Evaluator(model,
                new RulesetCompiler(model, installation.aggregation()).compile(RuleSources.read(rules)), installation.limits()));
    }

    /**
     * The scenario files beside the rules, checked against the model they test: every fact they
     * give is declared, every id they expect a level of exists.
     *
     * @throws SourceProblemsException when a scenario file is broken
     */
    public List<Scenario> scenarios(MaturityModel model) {
        return ProblemPaths.scenarios(rulesLabel, () -> new ScenarioLoader(rules, modelData).load(model));
    }

    /** As {@link #scenarios(MaturityModel)}, checked against an installation's schemas. */
    public List<Scenario> scenarios(MaturityModel model, Installation installation) {
        return ProblemPaths.scenarios(rulesLabel, () -> new ScenarioLoader(rules, installation.schemas()).load(model));
    }
}

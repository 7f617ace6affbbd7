package io.cnmm.authoring;

import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.RuleSources;
import io.cnmm.evaluation.RulesetCompiler;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
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

    public RulesWorkspace(Path rules, Path modelData) {
        this.rules = rules;
        this.modelData = modelData;
    }

    public Path rules() {
        return rules;
    }

    public Path modelData() {
        return modelData;
    }

    /**
     * Model data, then rules against it. Scenarios are not read: the service start needs only what
     * evaluations use.
     *
     * @throws SourceProblemsException with every problem of the first stage that has any
     */
    public Evaluator compile() {
        MaturityModel model = new ModelLoader(modelData).load();
        return new Evaluator(model, new RulesetCompiler(model).compile(RuleSources.read(rules)));
    }

    /**
     * The scenario files beside the rules, checked against the model they test: every fact they
     * give is declared, every id they expect a level of exists.
     *
     * @throws SourceProblemsException when a scenario file is broken
     */
    public List<Scenario> scenarios(MaturityModel model) {
        return new ScenarioLoader(rules, modelData).load(model);
    }
}

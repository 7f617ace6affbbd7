package io.cnmm.evaluation;

import io.cnmm.vocabulary.Criterion;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * A compiled, validated ruleset: the Drools rule base and what the experts' files say about each
 * criterion. Immutable and shared by concurrent evaluations, each of which opens its own session.
 */
public final class Ruleset {

    private final KieBase kieBase;
    private final KieBase aggregationBase;
    private final String digest;
    private final Map<String, CriterionRule> criteria;
    private final Map<String, String> ruleFiles;
    private final List<Criterion> criterionFacts;
    private final List<io.cnmm.problem.SourceProblem> warnings;

    Ruleset(KieBase kieBase, KieBase aggregationBase, String digest, List<CriterionRule> criteria, Map<String, String> ruleFiles,
            List<io.cnmm.problem.SourceProblem> warnings) {
        this.warnings = List.copyOf(warnings);
        this.kieBase = kieBase;
        this.aggregationBase = aggregationBase;
        this.digest = digest;
        this.criteria = criteria.stream().collect(Collectors.toUnmodifiableMap(CriterionRule::name, Function.identity()));
        this.ruleFiles = Map.copyOf(ruleFiles);
        this.criterionFacts = criteria.stream().map(c -> new Criterion(c.name(), c.indicator(), c.level())).toList();
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** The aggregation rules alone, compiled with the rest: for running them without the criteria. */
    KieBase aggregationBase() {
        return aggregationBase;
    }

    /** SHA-256 of the rule files this ruleset was compiled from. */
    public String digest() {
        return digest;
    }

    /** One immutable {@link Criterion} fact per criterion rule, inserted into every session. */
    List<Criterion> criterionFacts() {
        return criterionFacts;
    }

    /** Every criterion rule by name. */
    public Map<String, CriterionRule> criteria() {
        return criteria;
    }

    /** The file a rule was written in, relative to the rules folder. */
    public String fileOf(String rule) {
        return ruleFiles.getOrDefault(rule, "?");
    }

    /** What the experts should fix but that does not stop the ruleset from loading, such as incomplete advice. */
    public List<io.cnmm.problem.SourceProblem> warnings() {
        return warnings;
    }

    public int ruleCount() {
        return ruleFiles.size();
    }
}

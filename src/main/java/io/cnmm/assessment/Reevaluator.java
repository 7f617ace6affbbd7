package io.cnmm.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.evaluation.ActiveRuleset;
import io.cnmm.evaluation.EvaluationResult;
import io.cnmm.evaluation.FactParser;
import io.cnmm.evaluation.FormerFacts;
import io.cnmm.evaluation.SubmittedFacts;
import io.cnmm.observability.EvaluationMetrics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates stored assessments' facts again under one ruleset: for a replay, a re-evaluation or a
 * re-scoring batch. The facts go through the same checks as a submission, so facts the ruleset no
 * longer accepts are refused the same way ({@code InvalidFactsException}). A re-evaluation first maps
 * facts stored in an earlier encoding as the ruleset's model declares ({@link FormerFacts}); a replay
 * never does: it reads exactly what was stored under the version it was stored under.
 */
final class Reevaluator {

    private final ObjectMapper json;
    private final EvaluationMetrics metrics;
    private final ActiveRuleset ruleset;
    private final FactParser parser;
    private final FormerFacts former;

    Reevaluator(ObjectMapper json, EvaluationMetrics metrics, ActiveRuleset ruleset) {
        this.json = json;
        this.metrics = metrics;
        this.ruleset = ruleset;
        this.parser = FactParser.forStored(ruleset.evaluator().model());
        this.former = new FormerFacts(ruleset.evaluator().model());
    }

    /**
     * The stored facts evaluated again; nothing is stored. Advice stored before effects were computed
     * comes out as it was then ranked and worded, so that such an assessment still replays as stored.
     */
    EvaluationResult evaluate(Assessment stored) {
        SubmittedFacts facts = parser.parse(asSubmitted(stored.facts));
        EvaluationResult result = metrics.timed(() -> ruleset.evaluator().evaluate(facts));
        return stored.adviceBeforeEffects() ? ruleset.evaluator().withAdviceRankedBeforeEffects(result) : result;
    }

    /** A new assessment of the original's facts under this ruleset, linked to it, not yet stored. */
    Assessment reevaluation(Assessment original) {
        SubmittedFacts facts = parser.parse(asSubmitted(former.current(original.facts)));
        Assessment reevaluated = Assessment.of(original.enterpriseId, facts.values(),
                metrics.timed(() -> ruleset.evaluator().evaluate(facts)), ruleset.version());
        reevaluated.reevaluationOf = original.id;
        return reevaluated;
    }

    /** Stored facts back in the shape a submission has. */
    private Map<String, JsonNode> asSubmitted(Map<String, Object> facts) {
        Map<String, JsonNode> submitted = new LinkedHashMap<>();
        facts.forEach((key, value) -> submitted.put(key, json.valueToTree(value)));
        return submitted;
    }
}

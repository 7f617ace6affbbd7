package io.cnmm.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.testsupport.Examples;
import io.cnmm.testsupport.ShippedModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Advice ranks by what each step would raise, and that effect is what evaluating the improved facts gives. */
class AdviceEffectTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Evaluator evaluator = ShippedModel.evaluator();
    private final FactParser parser = new FactParser(evaluator.model());

    @Test
    void progressingRanksTheStepsThatRaiseTheOverallLevelFirst() {
        List<RankedAdvice> advice = evaluate(Examples.facts("progressing")).advice();

        assertEquals(Set.of("S-CA-02", "S-CA-06"), Set.of(advice.get(0).indicator(), advice.get(1).indicator()));
        for (RankedAdvice first : advice.subList(0, 2)) {
            assertEquals(new AdviceEffect.Raise("overall", "overall", 2, 3), first.effect().raises().get(0));
            assertEquals("overall", first.effect().scope());
            assertTrue(first.reason().startsWith("raises overall 2 → 3, part S 2 → 3"), first.reason());
        }
        // S = ⌊14 / 5⌋ = 2 holds overall at 2; any S-CA step takes S-CA to ⌊18 / 6⌋ = 3 and S to 3. The
        // lowest two of them first: before effects, S-CA-02 and S-CA-06 ranked 25th and 26th of 97.
        assertEquals(Set.of("S-CA-01", "S-CA-02", "S-CA-03", "S-CA-04", "S-CA-05", "S-CA-06"),
                Set.copyOf(advice.subList(0, 6).stream().map(RankedAdvice::indicator).toList()));
        assertTrue(advice.stream().skip(6).noneMatch(a -> "overall".equals(a.effect().scope())),
                "no step outside S-CA raises the overall level");
    }

    @Test
    void ranksOverallThenPartThenCharacteristicThenDomainThenNothing() {
        for (String profile : Examples.PROFILES) {
            List<Integer> tiers = evaluate(Examples.facts(profile)).advice().stream().map(a -> a.effect().tier()).toList();
            assertEquals(tiers.stream().sorted().toList(), tiers, profile);
        }
    }

    @Test
    void everyStepsEffectIsWhatAFullEvaluationOfFactsImprovedForItsNextLevelGives() {
        Map<String, CriterionModel> models = LevelChecks.models(evaluator.model(), evaluator.ruleset().criteria().values());
        int checked = 0;
        for (String profile : List.of("progressing")) {
            Map<String, JsonNode> submitted = Examples.facts(profile);
            EvaluationResult before = evaluate(submitted);
            for (RankedAdvice step : before.advice()) {
                Optional<Map<String, Object>> improved = factsAtLevel(new CandidateSpace(models.get(step.indicator())),
                        step.toLevel());
                if (improved.isEmpty()) {
                    continue;
                }
                Map<String, JsonNode> facts = new LinkedHashMap<>(submitted);
                improved.get().forEach((key, value) -> facts.put(key, json(value)));
                EvaluationResult after = evaluate(facts);
                assertEquals(step.toLevel(), levels(after).get(step.indicator()), step.indicator());
                assertEquals(raised(before, after), step.effect().raises(), profile + " " + step.indicator());
                checked++;
            }
        }
        assertTrue(checked > 50, "checked " + checked + " steps");
    }

    private EvaluationResult evaluate(Map<String, JsonNode> facts) {
        return evaluator.evaluate(parser.parse(facts));
    }

    /** Some values of the indicator's facts that put it at exactly this level, decided in plain Java. */
    private static Optional<Map<String, Object>> factsAtLevel(CandidateSpace space, int level) {
        int[] sizes = java.util.stream.IntStream.range(0, space.facts().size()).map(f -> space.candidates(f).size()).toArray();
        int[] values = new int[sizes.length];
        for (long n = 0; n < 1_000_000; n++) {
            long rest = n;
            for (int f = 0; f < sizes.length; f++) {
                values[f] = (int) (rest % sizes[f]);
                rest /= sizes[f];
            }
            if (rest > 0) {
                return Optional.empty();
            }
            if (space.level(values) == level) {
                return Optional.of(space.values(values));
            }
        }
        return Optional.empty();
    }

    private static JsonNode json(Object value) {
        return value instanceof Double number && number == Math.rint(number) ? JSON.valueToTree(number.longValue())
                : JSON.valueToTree(value);
    }

    private static Map<String, Integer> levels(EvaluationResult result) {
        Map<String, Integer> levels = new HashMap<>();
        result.indicators().forEach(i -> levels.put(i.id(), i.level()));
        return levels;
    }

    /** Every aggregate whose level the full evaluation raised, highest scope first, as the effect lists them. */
    private static List<AdviceEffect.Raise> raised(EvaluationResult before, EvaluationResult after) {
        Map<String, AggregateResult> was = new HashMap<>();
        aggregates(before).forEach(a -> was.put(a.id(), a));
        List<AdviceEffect.Raise> raised = new ArrayList<>();
        aggregates(after).filter(a -> a.level() != null).forEach(a -> {
            Integer from = was.get(a.id()).level();
            if (from == null || a.level() > from) {
                raised.add(new AdviceEffect.Raise(a.scope(), a.id(), from, a.level()));
            }
        });
        raised.sort(java.util.Comparator.comparingInt((AdviceEffect.Raise r) -> AdviceEffect.SCOPES.indexOf(r.scope()))
                .thenComparing(AdviceEffect.Raise::id));
        return raised;
    }

    private static Stream<AggregateResult> aggregates(EvaluationResult result) {
        return Stream.of(Stream.ofNullable(result.overall()), result.parts().stream(), result.characteristics().stream(),
                result.domains().stream()).flatMap(s -> s);
    }
}

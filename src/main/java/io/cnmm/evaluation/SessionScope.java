package io.cnmm.evaluation;

import io.cnmm.model.Domain;
import io.cnmm.model.FactDefinition;
import io.cnmm.model.Indicator;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Part;
import io.cnmm.vocabulary.CharacteristicScope;
import io.cnmm.vocabulary.DomainScope;
import io.cnmm.vocabulary.IndicatorScope;
import io.cnmm.vocabulary.MaturityLevel;
import io.cnmm.vocabulary.OverallScope;
import io.cnmm.vocabulary.PartScope;
import org.kie.api.runtime.KieSession;

/**
 * The model's structure as facts: levels, and what each indicator, domain, characteristic and part
 * is and how it aggregates. Every session an evaluation opens gets the same, so the aggregation
 * rules see one world whether they run after the criteria or alone ({@link StepEffects}).
 */
final class SessionScope {

    private SessionScope() {
    }

    static void insert(KieSession session, MaturityModel model, SubmittedFacts facts) {
        model.levels().forEach(l -> session.insert(new MaturityLevel(l.level(), l.level() == model.topLevel())));
        for (Indicator indicator : model.indicators().values()) {
            boolean assessed = indicator.facts().stream().map(FactDefinition::key).allMatch(facts.values()::containsKey);
            session.insert(new IndicatorScope(indicator.id(), indicator.domain(), indicator.part(), assessed));
        }
        for (Part part : model.parts()) {
            session.insert(new PartScope(part.id(), part.aggregation().name(),
                    part.levelFromCharacteristics() ? "characteristics" : "domains"));
            part.characteristics().forEach(c -> session.insert(
                    new CharacteristicScope(c.id(), part.id(), c.aggregation().name(), c.members())));
            for (Domain domain : part.domains()) {
                session.insert(new DomainScope(domain.id(), part.id(), domain.aggregation().name()));
            }
        }
        session.insert(new OverallScope(model.overallAggregation().name()));
    }
}

package io.cnmm.report;

import io.cnmm.model.FactDefinition;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Text;
import java.util.HashMap;
import java.util.Map;

/** Names of everything a report mentions, by id, in both languages, from the assessment's model. */
final class ModelNames {

    private final MaturityModel model;
    private final Map<String, Text> names = new HashMap<>();

    ModelNames(MaturityModel model) {
        this.model = model;
        names.put("overall", new Text("总体", "Overall"));
        model.parts().forEach(part -> {
            names.put(part.id(), part.name());
            part.domains().forEach(domain -> names.put(domain.id(), domain.name()));
            part.characteristics().forEach(c -> names.put(c.id(), c.name()));
        });
        model.indicators().values().forEach(indicator -> names.put(indicator.id(), indicator.name()));
    }

    /** The name of a part, domain, characteristic or indicator; the id itself when the model does not know it. */
    Text of(String id) {
        return names.getOrDefault(id, new Text(id, id));
    }

    /** {@code Standardised} / {@code 全面级}; {@code null} for a level the scale does not have. */
    Text level(Integer level) {
        return level == null ? null : model.level(level).map(l -> new Text(l.zh(), l.en())).orElse(null);
    }

    /** The unit a fact's values are in ({@code %}, {@code minutes}), or {@code null}. */
    String unitOf(String fact) {
        FactDefinition definition = model.facts().get(fact);
        return definition == null ? null : definition.unit();
    }

    MaturityModel model() {
        return model;
    }
}

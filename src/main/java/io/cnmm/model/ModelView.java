package io.cnmm.model;

import java.util.List;
import java.util.Map;

/**
 * The model as the API shows it: parts, domains, indicators and the facts each indicator reads,
 * so a client knows exactly what it may submit.
 */
public record ModelView(String version, Text name, List<LevelDefinition> levels, Aggregation overallAggregation,
                        List<PartView> parts) {

    /** @param levelFrom {@code domains}, or {@code characteristics} (Business Application) */
    public record PartView(String id, Text name, Aggregation aggregation, String levelFrom, List<DomainView> domains,
                           List<Characteristic> characteristics) {
    }

    public record DomainView(String id, Text name, Aggregation aggregation, List<IndicatorView> indicators) {
    }

    public record IndicatorView(String id, Text name, String source, boolean provisional, List<FactView> facts,
                                Map<Integer, Text> levels, Map<Integer, Text> advice) {

        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.id(), indicator.name(), indicator.source(), indicator.provisional(),
                    indicator.facts().stream().map(FactView::of).toList(), indicator.levels(), indicator.advice());
        }
    }

    /**
     * A fact key with its type ({@code percent}, {@code flag}, ...), unit and allowed values.
     *
     * @param never true when {@code "never"} may be submitted (an interval); null otherwise, so other facts read as before
     */
    public record FactView(String key, String type, String unit, Text description, List<String> options,
                           Double min, Double max, Boolean never) {

        static FactView of(FactDefinition fact) {
            return new FactView(fact.key(), fact.type().name().toLowerCase(), fact.unit(), fact.description(),
                    fact.options().isEmpty() ? null : fact.options(), fact.min(), fact.max(), fact.never() ? true : null);
        }
    }

    public static ModelView of(MaturityModel model) {
        List<PartView> parts = model.parts().stream().map(part -> new PartView(part.id(), part.name(),
                part.aggregation(), part.levelFromCharacteristics() ? "characteristics" : "domains",
                part.domains().stream().map(domain -> new DomainView(domain.id(), domain.name(),
                        domain.aggregation(), model.indicators().values().stream()
                        .filter(i -> i.domain().equals(domain.id())).map(IndicatorView::of).toList())).toList(),
                part.characteristics())).toList();
        return new ModelView(model.version(), model.name(), model.levels(), model.overallAggregation(), parts);
    }
}

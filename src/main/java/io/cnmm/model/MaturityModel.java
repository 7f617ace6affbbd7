package io.cnmm.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The maturity model loaded from model-data: immutable, shared by every evaluation. */
public final class MaturityModel {

    private final String version;
    private final String digest;
    private final Text name;
    private final List<LevelDefinition> levels;
    private final List<Part> parts;
    private final Aggregation overallAggregation;
    private final Map<String, Indicator> indicators;
    private final Map<String, FactDefinition> facts = new LinkedHashMap<>();
    private final Map<String, List<String>> indicatorsByDomain = new LinkedHashMap<>();
    private final Map<String, Integer> characteristicsFed = new java.util.HashMap<>();

    public MaturityModel(String version, String digest, Text name, List<LevelDefinition> levels, List<Part> parts,
                         Aggregation overallAggregation, List<Indicator> indicators) {
        this.version = version;
        this.digest = digest;
        this.name = name;
        this.levels = List.copyOf(levels);
        this.parts = List.copyOf(parts);
        this.overallAggregation = overallAggregation;
        Map<String, Indicator> byId = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            byId.put(indicator.id(), indicator);
            indicator.facts().forEach(fact -> facts.put(fact.key(), fact));
            indicatorsByDomain.computeIfAbsent(indicator.domain(), d -> new java.util.ArrayList<>()).add(indicator.id());
        }
        this.indicators = Collections.unmodifiableMap(byId);
        parts.forEach(part -> part.characteristics().forEach(c -> c.members()
                .forEach(member -> characteristicsFed.merge(member, 1, Integer::sum))));
    }

    public String version() {
        return version;
    }

    /** SHA-256 of the model-data files the model was loaded from (examples aside). */
    public String digest() {
        return digest;
    }

    public Text name() {
        return name;
    }

    public List<LevelDefinition> levels() {
        return levels;
    }

    public int topLevel() {
        return levels.get(levels.size() - 1).level();
    }

    public List<Part> parts() {
        return parts;
    }

    public Aggregation overallAggregation() {
        return overallAggregation;
    }

    /** Indicators in model order: by part, then domain, then id. */
    public Map<String, Indicator> indicators() {
        return indicators;
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }

    /** Every declared fact by its key; keys are unique across the model. */
    public Map<String, FactDefinition> facts() {
        return Collections.unmodifiableMap(facts);
    }

    /** The ids of a domain's indicators, in model order. */
    public List<String> indicatorsOf(String domain) {
        return indicatorsByDomain.getOrDefault(domain, List.of());
    }

    /** How many characteristics an indicator is a member of (0 outside Business Application). */
    public int characteristicsFed(String indicator) {
        return characteristicsFed.getOrDefault(indicator, 0);
    }

    public Optional<Domain> domain(String id) {
        return parts.stream().flatMap(part -> part.domains().stream()).filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<LevelDefinition> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }
}

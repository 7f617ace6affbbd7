package io.cnmm.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.problem.SourceProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one schema-valid indicator file into an {@link Indicator}, checking what a schema cannot:
 * the file name and folder agree with the id and domain, the domain exists, fact keys are unique
 * across the whole model.
 */
final class IndicatorReader {

    private final ModelStructure structure;
    private final List<SourceProblem> problems;
    private final Map<String, String> factOwners = new HashMap<>();
    private final FactEncodingReader encoding;

    IndicatorReader(ModelStructure structure, List<SourceProblem> problems) {
        this.structure = structure;
        this.problems = problems;
        this.encoding = new FactEncodingReader(problems);
    }

    Optional<Indicator> read(String file, JsonNode node) {
        String id = node.get("id").asText();
        String domainId = node.get("domain").asText();
        int before = problems.size();
        if (!file.endsWith("/" + id + ".yaml")) {
            problems.add(SourceProblem.at(file, "/id", "id " + id + " does not match the file name"));
        }
        Optional<Domain> domain = structure.domain(domainId);
        if (domain.isEmpty()) {
            problems.add(SourceProblem.at(file, "/domain", "domain " + domainId + " is not declared in model.yaml"));
        } else if (!id.startsWith(domain.get().part() + "-")) {
            problems.add(SourceProblem.at(file, "/id", "id " + id + " does not start with its part " + domain.get().part()));
        } else if (!file.equals(domain.get().part() + "/" + domainId + "/" + id + ".yaml")) {
            problems.add(SourceProblem.at(file, "/id", "expected at " + domain.get().part() + "/" + domainId + "/" + id + ".yaml"));
        }
        List<FactDefinition> facts = facts(file, id, node.get("facts"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(id, domain.get().part(), domainId, ModelStructure.text(node.get("name")),
                node.get("source").asText(), node.path("provisional").asBoolean(false), facts, texts(node.get("levels")),
                texts(node.get("advice")), file));
    }

    private List<FactDefinition> facts(String file, String indicator, JsonNode factsNode) {
        List<FactDefinition> facts = new ArrayList<>();
        for (int i = 0; i < factsNode.size(); i++) {
            JsonNode fact = factsNode.get(i);
            String key = fact.get("key").asText();
            String owner = factOwners.putIfAbsent(key, indicator);
            if (owner != null) {
                problems.add(SourceProblem.at(file, "/facts/" + i + "/key",
                        "fact key " + key + " is already declared by " + owner + "; keys are unique across the model"));
            }
            FactType type = FactType.valueOf(fact.get("type").asText().toUpperCase());
            List<String> options = new ArrayList<>();
            fact.path("options").forEach(option -> options.add(option.asText()));
            Better better = fact.has("better") ? Better.valueOf(fact.get("better").asText().toUpperCase()) : Better.defaultFor(type);
            String at = "/facts/" + i;
            facts.add(new FactDefinition(key, indicator, type, ModelStructure.text(fact.get("description")), options,
                    bound(fact.get("min"), type.defaultMin()), bound(fact.get("max"), type.defaultMax()), better,
                    encoding.unit(file, at, type, fact), encoding.never(file, at, type, better, fact),
                    encoding.formerly(file, at, type, fact)));
        }
        return facts;
    }

    private static Double bound(JsonNode declared, Double typeDefault) {
        return declared == null ? typeDefault : Double.valueOf(declared.asDouble());
    }

    private static Map<Integer, Text> texts(JsonNode node) {
        Map<Integer, Text> texts = new HashMap<>();
        node.fields().forEachRemaining(entry -> texts.put(Integer.parseInt(entry.getKey()), ModelStructure.text(entry.getValue())));
        return texts;
    }
}

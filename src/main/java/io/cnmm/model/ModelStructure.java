package io.cnmm.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What model.yaml declares: the level scale, the parts and their domains, the aggregations. */
record ModelStructure(String version, Text name, List<LevelDefinition> levels, List<Part> parts,
                      Aggregation overall, Map<String, Domain> domains) {

    static ModelStructure from(JsonNode node) {
        List<LevelDefinition> levels = new ArrayList<>();
        node.get("levels").forEach(level -> levels.add(new LevelDefinition(level.get("level").asInt(),
                level.get("zh").asText(), level.get("en").asText(), level.path("description").asText(null))));
        List<Part> parts = new ArrayList<>();
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (JsonNode partNode : node.get("parts")) {
            String partId = partNode.get("id").asText();
            List<Domain> partDomains = new ArrayList<>();
            for (JsonNode domainNode : partNode.get("domains")) {
                Domain domain = new Domain(domainNode.get("id").asText(), partId, text(domainNode.get("name")),
                        Aggregation.valueOf(domainNode.get("aggregation").asText()));
                partDomains.add(domain);
                domains.put(domain.id(), domain);
            }
            parts.add(new Part(partId, text(partNode.get("name")),
                    Aggregation.valueOf(partNode.get("aggregation").asText()), partDomains));
        }
        return new ModelStructure(node.get("version").asText(), text(node.get("name")), levels, parts,
                Aggregation.valueOf(node.get("overall").get("aggregation").asText()), domains);
    }

    static Text text(JsonNode node) {
        return new Text(node.get("zh").asText(), node.get("en").asText());
    }

    Optional<Domain> domain(String id) {
        return Optional.ofNullable(domains.get(id));
    }

    /** A domain's position in model order, so indicators sort by part and domain as declared. */
    int order(String domain) {
        return new ArrayList<>(domains.keySet()).indexOf(domain);
    }

    MaturityModel toModel(List<Indicator> indicators) {
        return new MaturityModel(version, name, levels, parts, overall, indicators);
    }
}

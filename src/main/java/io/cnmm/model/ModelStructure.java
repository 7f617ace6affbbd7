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
                    Aggregation.valueOf(partNode.get("aggregation").asText()), partDomains,
                    characteristics(partId, partNode.get("characteristics")),
                    "characteristics".equals(partNode.path("levelFrom").asText("domains"))));
        }
        return new ModelStructure(node.get("version").asText(), text(node.get("name")), levels, parts,
                Aggregation.valueOf(node.get("overall").get("aggregation").asText()), domains);
    }

    private static List<Characteristic> characteristics(String part, JsonNode nodes) {
        List<Characteristic> characteristics = new ArrayList<>();
        if (nodes != null) {
            for (JsonNode node : nodes) {
                List<String> members = new ArrayList<>();
                node.get("members").forEach(member -> members.add(member.asText()));
                characteristics.add(new Characteristic(node.get("id").asText(), part, text(node.get("name")),
                        Aggregation.valueOf(node.get("aggregation").asText()), members,
                        node.path("membershipSource").asText(null), node.path("inferred").asBoolean(false)));
            }
        }
        return characteristics;
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

    /**
     * What a schema cannot check about characteristics: members are indicators of the same part and
     * never provisional ones (CAICT's formulas name only published process domains), and a part
     * whose level comes from characteristics declares some.
     */
    void checkCharacteristics(java.util.Map<String, Indicator> indicators, List<io.cnmm.problem.SourceProblem> problems) {
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            if (part.levelFromCharacteristics() && part.characteristics().isEmpty()) {
                problems.add(io.cnmm.problem.SourceProblem.at("model.yaml", "/parts/" + p + "/levelFrom",
                        "part " + part.id() + " takes its level from characteristics but declares none"));
            }
            for (int c = 0; c < part.characteristics().size(); c++) {
                for (String member : part.characteristics().get(c).members()) {
                    Indicator indicator = indicators.get(member);
                    String reason = indicator == null ? member + " is not an indicator of model-data"
                            : !indicator.part().equals(part.id()) ? member + " belongs to part " + indicator.part()
                            : indicator.provisional() ? member + " is provisional and cannot enter a characteristic" : null;
                    if (reason != null) {
                        problems.add(io.cnmm.problem.SourceProblem.at("model.yaml",
                                "/parts/" + p + "/characteristics/" + c + "/members", reason));
                    }
                }
            }
        }
    }

    MaturityModel toModel(String digest, List<Indicator> indicators) {
        return new MaturityModel(version, digest, name, levels, parts, overall, indicators);
    }
}

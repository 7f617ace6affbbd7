package io.cnmm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cnmm.model.YamlFiles;
import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of facts to evaluate, in JSON or YAML: either the API's request body
 * {@code {"facts": {key: value}}} (as in model-data/examples) or the bare map of facts.
 */
final class FactsFile {

    // Decimals as written, so that a fact with more digits than it allows is refused, not rounded (FactParser).
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private FactsFile() {
    }

    /** @throws FactsFileException when the file is not JSON or YAML of either shape */
    static Map<String, JsonNode> read(Path file) {
        String name = file.toString();
        Map<String, JsonNode> submitted = new LinkedHashMap<>();
        factsIn(name, tree(file, name)).fields().forEachRemaining(e -> submitted.put(e.getKey(), e.getValue()));
        return submitted;
    }

    private static JsonNode tree(Path file, String name) {
        boolean json = name.endsWith(".json");
        try {
            return json ? JSON.readTree(file.toFile()) : YamlFiles.read(file);
        } catch (JsonProcessingException e) {
            throw new FactsFileException(List.of(json ? jsonSyntaxError(name, e) : YamlFiles.syntaxError(name, e)));
        } catch (IOException e) {
            throw new FactsFileException(List.of(SourceProblem.at(name, null, "cannot be read: " + e.getMessage())));
        }
    }

    /** The map of facts: the whole file, or its {@code facts} when that is the only key. */
    private static JsonNode factsIn(String name, JsonNode root) {
        List<SourceProblem> problems = new ArrayList<>();
        JsonNode facts = root != null && root.has("facts") ? root.get("facts") : root;
        if (facts != root) {
            root.fieldNames().forEachRemaining(key -> {
                if (!"facts".equals(key)) {
                    problems.add(SourceProblem.at(name, "/" + key, "unexpected beside facts"));
                }
            });
        }
        if (facts == null || !facts.isObject()) {
            problems.add(SourceProblem.at(name, facts == root ? null : "/facts",
                    "must be a map of fact keys to values, or {facts: {key: value}}"));
        }
        if (!problems.isEmpty()) {
            throw new FactsFileException(problems);
        }
        return facts;
    }

    private static SourceProblem jsonSyntaxError(String name, JsonProcessingException e) {
        String reason = "not valid JSON: " + e.getOriginalMessage();
        return e.getLocation() == null ? SourceProblem.at(name, null, reason)
                : SourceProblem.atLine(name, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), reason);
    }
}

package io.cnmm.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.problem.SourceProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the YAML files experts write into JSON trees, so one schema validator serves them all. */
public final class YamlFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFiles() {
    }

    public static JsonNode read(Path file) throws IOException {
        JsonNode node = YAML.readTree(file.toFile());
        return node == null ? YAML.createObjectNode() : node;
    }

    /** A YAML syntax error as a problem at its line and column, with a one-line reason. */
    public static SourceProblem syntaxError(String file, IOException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String reason = "not valid YAML: " + message.lines().findFirst().orElse(message);
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return SourceProblem.atLine(file, json.getLocation().getLineNr(), json.getLocation().getColumnNr(), reason);
        }
        return SourceProblem.at(file, null, reason);
    }
}

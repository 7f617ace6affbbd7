package io.cnmm.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.problem.SourceProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * Where each key of a YAML file is written, by its JSON-pointer-like path
     * ({@code /scenarios/1/expect/T-RM-01}): the tree {@link #read} returns has no positions.
     */
    public static Map<String, JsonLocation> keyLocations(Path file) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != null) {
                collectKeys(parser, "", locations);
            }
        }
        return locations;
    }

    private static void collectKeys(JsonParser parser, String path, Map<String, JsonLocation> locations) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = path + "/" + parser.currentName();
                locations.put(key, parser.currentTokenLocation());
                parser.nextToken();
                collectKeys(parser, key, locations);
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                collectKeys(parser, path + "/" + i, locations);
            }
        }
    }
}

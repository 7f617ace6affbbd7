package io.cnmm.model;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** A one-line reason for a YAML syntax error, with its line and column. */
    public static String syntaxError(IOException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

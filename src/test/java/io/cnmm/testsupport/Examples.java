package io.cnmm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.model.YamlFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The example enterprise profiles shipped in model-data/examples, and their expected levels. */
public final class Examples {

    public static final List<String> PROFILES = List.of("just-starting", "progressing", "leading");
    private static final Path FOLDER = ShippedModel.MODEL_DATA.resolve("examples");

    private Examples() {
    }

    /** The request body of a profile, exactly as the README's curl examples send it. */
    public static String body(String profile) {
        try {
            return Files.readString(FOLDER.resolve(profile + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facts of a profile, as the service receives them. */
    public static Map<String, JsonNode> facts(String profile) {
        try {
            Map<String, JsonNode> facts = new LinkedHashMap<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(body(profile)).get("facts")
                    .fields().forEachRemaining(e -> facts.put(e.getKey(), e.getValue()));
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expected levels by indicator, domain or part id, or {@code overall}. */
    public static Map<String, Integer> expectedLevels(String profile) {
        try {
            JsonNode node = YamlFiles.read(FOLDER.resolve("expected-levels.yaml")).get(profile);
            Map<String, Integer> levels = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> levels.put(e.getKey(), e.getValue().asInt()));
            return levels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

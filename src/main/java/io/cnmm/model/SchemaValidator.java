package io.cnmm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Validates model-data files against the JSON Schemas in {@code model-data/schema/}, the same
 * schemas experts' editors use through the modeline at the top of each YAML file.
 */
public final class SchemaValidator {

    private final JsonSchema schema;

    public SchemaValidator(Path schemaFile) {
        try {
            JsonNode schemaNode = new ObjectMapper().readTree(Files.readString(schemaFile));
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        } catch (IOException e) { // a bundle without its schemas is the author's mistake, not the service's
            throw new ModelDataException(List.of(SourceProblem.at("schema/" + schemaFile.getFileName(), null,
                    "the schema is missing or not valid JSON: model-data/schema/ must hold the schemas the model is checked with")));
        }
    }

    public List<SourceProblem> validate(String file, JsonNode document) {
        return schema.validate(document).stream()
                .map(message -> SourceProblem.at(file, pointer(message.getInstanceLocation().toString()),
                        message.getMessage().replaceFirst("^\\$[^:]*: ", "")))
                .sorted(Comparator.comparing(SourceProblem::path))
                .toList();
    }

    /** networknt writes paths as {@code $.facts[0].type}; experts read {@code /facts/0/type}. */
    private static String pointer(String jsonPath) {
        String pointer = jsonPath.replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        return pointer.isEmpty() ? "/" : pointer;
    }
}

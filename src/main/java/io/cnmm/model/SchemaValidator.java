package io.cnmm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Validates model-data files against one of the server's JSON Schemas ({@link ModelSchemas}).
 * Nothing is ever fetched while doing so: a {@code $ref} to a URL, a file or the class path fails
 * instead of reaching the network or the disk, and only references inside the schema itself
 * ({@code #/$defs/...}) resolve.
 */
public final class SchemaValidator {

    // The validator's loaders are asked for every document a schema names; this one refuses all but
    // the validator's own copies of the JSON Schema meta-schemas, before its default loaders (class
    // path, then any URL) are tried.
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(
                    iri -> iri.toString().startsWith("classpath:draft/")))));

    private final String name;
    private final JsonSchema schema;

    SchemaValidator(String name, byte[] content) {
        this.name = name;
        try {
            JsonNode schemaNode = new ObjectMapper().readTree(content);
            this.schema = FACTORY.getSchema(schemaNode);
            this.schema.initializeValidators(); // resolves every $ref now, not halfway through a file
        } catch (IOException | RuntimeException e) {
            throw new ModelDataException(List.of(SourceProblem.at("schema/" + name, null,
                    "not a usable JSON Schema (it must be valid JSON, and may refer to nothing outside itself)")));
        }
    }

    public List<SourceProblem> validate(String file, JsonNode document) {
        return schema.validate(document).stream()
                .map(message -> SourceProblem.at(file, pointer(message.getInstanceLocation().toString()),
                        message.getMessage().replaceFirst("^\\$[^:]*: ", "")))
                .sorted(Comparator.comparing(SourceProblem::path))
                .toList();
    }

    @Override
    public String toString() {
        return "schema " + name;
    }

    /** networknt writes paths as {@code $.facts[0].type}; experts read {@code /facts/0/type}. */
    private static String pointer(String jsonPath) {
        String pointer = jsonPath.replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        return pointer.isEmpty() ? "/" : pointer;
    }
}

package io.cnmm.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Drops component schemas nothing refers to any more (a scalar Nullables wrote in place). */
final class UnusedSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private UnusedSchemas() {
    }

    static void remove(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        List<Schema> roots = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> roots.add(parameter.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                roots.addAll(schemasOf(operation.getRequestBody().getContent()));
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> roots.addAll(schemasOf(response.getContent())));
        }));
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> roots.addAll(schemasOf(response.getContent())));
        }
        roots.forEach(root -> collect(root, schemas, used));
        Set.copyOf(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static List<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? List.of()
                : content.getMediaTypes().values().stream().map(media -> media.getSchema()).toList();
    }

    private static void collect(Schema schema, Map<String, Schema> schemas, Set<String> used) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            String name = schema.getRef().substring(PREFIX.length());
            if (used.add(name)) {
                collect(schemas.get(name), schemas, used);
            }
            return;
        }
        Stream.of(schema.getProperties() == null ? List.<Schema>of() : schema.getProperties().values(),
                        nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()),
                        java.util.Arrays.asList(schema.getItems(), schema.getAdditionalPropertiesSchema()))
                .flatMap(java.util.Collection::stream).forEach(child -> collect(child, schemas, used));
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}

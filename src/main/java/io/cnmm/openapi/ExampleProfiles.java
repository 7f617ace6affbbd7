package io.cnmm.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * The example profiles of model-data/examples (just starting, progressing, leading) as the examples of
 * a submission, so the document shows bodies that the shipped model accepts. Read when the document is
 * built, from the project's folder.
 */
final class ExampleProfiles {

    private static final Path FOLDER = Path.of("model-data/examples");

    private ExampleProfiles() {
    }

    static void attach(OpenAPI openAPI, String path) {
        if (!Files.isDirectory(FOLDER) || openAPI.getPaths().getPathItem(path) == null) {
            return;
        }
        MediaType json = openAPI.getPaths().getPathItem(path).getPOST().getRequestBody().getContent()
                .getMediaType("application/json");
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                json.addExample(name, OASFactory.createExample().summary("The " + name + " example profile")
                        .value(new ObjectMapper().readValue(file.toFile(), Object.class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

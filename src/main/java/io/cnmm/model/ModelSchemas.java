package io.cnmm.model;

import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON Schemas that model-data and scenario files are checked against. They are the server's
 * own, read from its installation ({@code model-data/schema/}), never from an upload: they decide
 * what the service's code may be given, and a schema can name other documents to load. The same
 * files give experts' editors their checks through the modeline at the top of each YAML file.
 */
public final class ModelSchemas {

    public static final List<String> FILES = List.of("model.schema.json", "indicator.schema.json", "scenarios.schema.json");

    private final SortedMap<String, byte[]> files;
    private final SchemaValidator model;
    private final SchemaValidator indicator;
    private final SchemaValidator scenarios;

    private ModelSchemas(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
        this.model = new SchemaValidator(FILES.get(0), files.get(FILES.get(0)));
        this.indicator = new SchemaValidator(FILES.get(1), files.get(FILES.get(1)));
        this.scenarios = new SchemaValidator(FILES.get(2), files.get(FILES.get(2)));
    }

    /**
     * The schemas of a {@code schema} folder.
     *
     * @throws ModelDataException when one is missing or not a valid schema
     */
    public static ModelSchemas read(Path folder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String name : FILES) {
            try {
                files.put(name, Files.readAllBytes(folder.resolve(name)));
            } catch (IOException e) {
                throw new ModelDataException(List.of(SourceProblem.at("schema/" + name, null,
                        "the schema is missing: model-data/schema/ must hold the schemas the model is checked with")));
            }
        }
        return new ModelSchemas(files);
    }

    /** The schema files by name, to tell whether a copy of them is the same. */
    public SortedMap<String, byte[]> files() {
        return files;
    }

    SchemaValidator model() {
        return model;
    }

    SchemaValidator indicator() {
        return indicator;
    }

    public SchemaValidator scenarios() {
        return scenarios;
    }
}

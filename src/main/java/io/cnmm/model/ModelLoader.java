package io.cnmm.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads {@code model-data/}: {@code model.yaml} and one YAML file per indicator under
 * {@code <part>/<domain>/}. Every file is checked against its JSON Schema, then across files
 * (ids, domains, unique fact keys). Any problem stops the load with every problem listed.
 */
public final class ModelLoader {

    private final Path root;
    private final ModelSchemas schemas;

    /** A model-data folder checked against the schemas in its own {@code schema/} folder: an expert's own copy. */
    public ModelLoader(Path root) {
        this(root, null);
    }

    /**
     * A model-data folder checked against given schemas: the server's own, whatever the folder holds.
     *
     * @param schemas the schemas, or {@code null} for the folder's own
     */
    public ModelLoader(Path root, ModelSchemas schemas) {
        this.root = root;
        this.schemas = schemas;
    }

    public MaturityModel load() {
        if (!Files.isRegularFile(root.resolve("model.yaml"))) {
            throw new ModelDataException(List.of(SourceProblem.at(root.toString(), null,
                    "not a model-data folder: model.yaml is missing")));
        }
        ModelSchemas schemas = this.schemas != null ? this.schemas : ModelSchemas.read(root.resolve("schema"));
        List<SourceProblem> problems = new ArrayList<>();
        JsonNode modelNode = readValid("model.yaml", schemas, problems);
        if (modelNode == null) {
            throw new ModelDataException(problems);
        }
        ModelStructure structure = ModelStructure.from(modelNode);
        IndicatorReader reader = new IndicatorReader(structure, problems);
        List<Indicator> indicators = new ArrayList<>();
        for (Path file : indicatorFiles()) {
            String name = relative(file);
            JsonNode node = readYaml(file, name, problems);
            if (node != null) {
                List<SourceProblem> invalid = SchemaProblems.located(file, schemas.indicator().validate(name, node));
                problems.addAll(invalid);
                if (invalid.isEmpty()) {
                    reader.read(name, node).ifPresent(indicators::add);
                }
            }
        }
        structure.checkCharacteristics(indicators.stream()
                .collect(java.util.stream.Collectors.toMap(Indicator::id, i -> i)), problems);
        if (!problems.isEmpty()) {
            throw new ModelDataException(problems);
        }
        indicators.sort(Comparator.comparing((Indicator i) -> structure.order(i.domain())).thenComparing(Indicator::id));
        return structure.toModel(digest(), indicators);
    }

    private JsonNode readValid(String name, ModelSchemas schemas, List<SourceProblem> problems) {
        JsonNode node = readYaml(root.resolve(name), name, problems);
        if (node == null) {
            return null;
        }
        List<SourceProblem> invalid = SchemaProblems.located(root.resolve(name), schemas.model().validate(name, node));
        problems.addAll(invalid);
        return invalid.isEmpty() ? node : null;
    }

    private JsonNode readYaml(Path file, String name, List<SourceProblem> problems) {
        try {
            return YamlFiles.read(file);
        } catch (IOException e) {
            problems.add(YamlFiles.syntaxError(name, e));
            return null;
        }
    }

    /** Indicator files live two folders down: {@code <part>/<domain>/<id>.yaml}. */
    private List<Path> indicatorFiles() {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(f -> root.relativize(f).getNameCount() == 3)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !root.relativize(f).startsWith("examples"))
                    .sorted(Comparator.comparing(this::relative))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file that shapes evaluations: model.yaml, the schemas and the indicators, over their
     * bytes (for UTF-8 text, the same digest as over the text).
     */
    private String digest() {
        try (Stream<Path> files = Files.walk(root)) {
            return io.cnmm.problem.Digests.sha256Bytes(files.filter(Files::isRegularFile)
                    .filter(f -> !root.relativize(f).startsWith("examples"))
                    .sorted(Comparator.comparing(this::relative)) // the same order on every file system
                    .map(f -> java.util.Map.entry(relative(f), read(f))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}

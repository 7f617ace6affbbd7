package io.cnmm.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelSchemas;
import io.cnmm.model.SchemaValidator;
import io.cnmm.model.YamlFiles;
import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every {@code *.scenarios.yaml} below a rules folder, checked against the scenario schema
 * and, given the model, against the ids it declares.
 */
public final class ScenarioLoader {

    private final Path rules;
    private final SchemaValidator schema;

    /** Scenarios checked against the schema in a model-data folder of one's own. */
    public ScenarioLoader(Path rules, Path modelData) {
        this(rules, ModelSchemas.read(modelData.resolve("schema")));
    }

    /** Scenarios checked against given schemas: the server's own. */
    public ScenarioLoader(Path rules, ModelSchemas schemas) {
        this.rules = rules;
        this.schema = schemas.scenarios();
    }

    public List<Scenario> load() {
        return load(Optional.empty());
    }

    /**
     * As {@link #load()}, and refuses scenarios that name what the model does not have: a fact in
     * {@code given}, a level id in {@code expect}; each at its line.
     */
    public List<Scenario> load(MaturityModel model) {
        return load(Optional.of(new ScenarioIdChecks(model)));
    }

    private List<Scenario> load(Optional<ScenarioIdChecks> ids) {
        List<Scenario> scenarios = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            String name = rules.relativize(file).toString().replace('\\', '/');
            try {
                JsonNode node = YamlFiles.read(file);
                List<SourceProblem> invalid = schema.validate(name, node);
                problems.addAll(invalid);
                if (invalid.isEmpty()) {
                    List<Scenario> read = new ArrayList<>();
                    node.get("scenarios").forEach(s -> read.add(scenario(name, s)));
                    ids.ifPresent(checks -> problems.addAll(checks.check(file, name, read)));
                    scenarios.addAll(read);
                }
            } catch (IOException e) {
                problems.add(YamlFiles.syntaxError(name, e));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        return scenarios;
    }

    /** The scenario files, each beside the rule file it tests. */
    public List<Path> scenarioFiles() {
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".scenarios.yaml"))
                    .sorted(java.util.Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Scenario scenario(String file, JsonNode node) {
        Map<String, JsonNode> given = new LinkedHashMap<>();
        node.get("given").fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue()));
        Map<String, Integer> expect = new LinkedHashMap<>();
        node.get("expect").fields().forEachRemaining(e -> expect.put(e.getKey(), e.getValue().asInt()));
        return new Scenario(file, node.get("name").asText(), given, expect);
    }
}

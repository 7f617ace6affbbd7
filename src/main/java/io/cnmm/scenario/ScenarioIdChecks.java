package io.cnmm.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import io.cnmm.model.Characteristic;
import io.cnmm.model.Domain;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.Part;
import io.cnmm.model.YamlFiles;
import io.cnmm.problem.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what scenarios name against the model they test: {@code given} names declared facts,
 * {@code expect} names indicators, domains, characteristics, parts or {@code overall}. A typo would
 * otherwise surface only as a puzzling failure (an invalid fact, an "unknown id" level).
 */
final class ScenarioIdChecks {

    /** An unknown id: where it is inside the file, and what is wrong. */
    private record Unknown(String path, String message) {
    }

    private final MaturityModel model;
    private final Set<String> levelIds = new HashSet<>();

    ScenarioIdChecks(MaturityModel model) {
        this.model = model;
        levelIds.add("overall");
        levelIds.addAll(model.indicators().keySet());
        for (Part part : model.parts()) {
            levelIds.add(part.id());
            part.domains().stream().map(Domain::id).forEach(levelIds::add);
            part.characteristics().stream().map(Characteristic::id).forEach(levelIds::add);
        }
    }

    /** @param name the file relative to the rules folder; {@code scenarios} are read from it in order */
    List<SourceProblem> check(Path file, String name, List<Scenario> scenarios) {
        List<Unknown> unknown = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            String prefix = "scenario \"" + scenario.name() + "\": ";
            for (String key : scenario.given().keySet()) {
                if (!model.facts().containsKey(key)) {
                    unknown.add(new Unknown("/scenarios/" + i + "/given/" + key,
                            prefix + "given names " + key + ", which is not a fact declared in model-data"));
                }
            }
            for (String id : scenario.expect().keySet()) {
                if (!levelIds.contains(id)) {
                    unknown.add(new Unknown("/scenarios/" + i + "/expect/" + id, prefix + "expect names " + id
                            + ", which is not an indicator, domain, characteristic or part of the model, nor overall"));
                }
            }
        }
        return unknown.isEmpty() ? List.of() : locate(file, name, unknown);
    }

    private static List<SourceProblem> locate(Path file, String name, List<Unknown> unknown) {
        try {
            Map<String, JsonLocation> keys = YamlFiles.keyLocations(file);
            return unknown.stream().map(u -> {
                JsonLocation at = keys.get(u.path());
                return at == null ? SourceProblem.at(name, u.path(), u.message())
                        : SourceProblem.atLine(name, at.getLineNr(), at.getColumnNr(), u.message());
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.cnmm.testsupport;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.evaluation.Evaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Compiles a workspace as the command line does, but hands back the shipped evaluator (compiled
 * once per test JVM) when the workspace's rule and model-data files are the shipped ones: a copy
 * whose scenarios were edited needs no compile of its own. Anything else is compiled for real.
 */
public final class SharedCompiler implements Function<RulesWorkspace, Evaluator> {

    private static final Map<Path, String> SHIPPED = compiledFiles(ShippedModel.RULES, ShippedModel.MODEL_DATA);

    @Override
    public Evaluator apply(RulesWorkspace workspace) {
        return SHIPPED.equals(compiledFiles(workspace.rules(), workspace.modelData()))
                ? ShippedModel.evaluator() : workspace.compile();
    }

    /** Every file a compile reads, by path relative to its folder; scenario files are not compiled. */
    private static Map<Path, String> compiledFiles(Path rules, Path modelData) {
        Map<Path, String> files = new TreeMap<>();
        read(rules, Path.of("rules"), files);
        read(modelData, Path.of("model-data"), files);
        return files;
    }

    private static void read(Path folder, Path as, Map<Path, String> files) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().endsWith(".scenarios.yaml")) {
                    files.put(as.resolve(folder.relativize(file).toString()), Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

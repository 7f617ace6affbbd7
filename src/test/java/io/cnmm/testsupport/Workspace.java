package io.cnmm.testsupport;

import io.cnmm.evaluation.Evaluator;
import io.cnmm.evaluation.RuleSources;
import io.cnmm.evaluation.Ruleset;
import io.cnmm.evaluation.RulesetCompiler;
import io.cnmm.model.MaturityModel;
import io.cnmm.model.ModelLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A private copy of the shipped rules and model-data in a temporary folder, for tests that edit
 * files the way an expert would (add an indicator, break a rule) and load the result.
 */
public final class Workspace {

    private final Path rules;
    private final Path modelData;

    private Workspace(Path root) {
        this.rules = root.resolve("rules");
        this.modelData = root.resolve("model-data");
    }

    /** Deletes a folder left by an earlier run, if there is one. */
    public static void deleteIfPresent(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workspace copyOfShipped(Path root) {
        Workspace workspace = new Workspace(root);
        copy(ShippedModel.RULES, workspace.rules);
        copy(ShippedModel.MODEL_DATA, workspace.modelData);
        return workspace;
    }

    public Path rules() {
        return rules;
    }

    public Path modelData() {
        return modelData;
    }

    public Workspace write(Path file, String content) {
        return write(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Workspace write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Workspace delete(Path file) {
        try {
            Files.delete(file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file. */
    public Workspace edit(Path file, String from, String to) {
        try {
            String content = Files.readString(file);
            if (!content.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            return write(file, content.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MaturityModel model() {
        return new ModelLoader(modelData).load();
    }

    public Ruleset compile(MaturityModel model) {
        java.util.List<io.cnmm.evaluation.RuleSource> sources = RuleSources.read(rules);
        return new RulesetCompiler(model, io.cnmm.evaluation.TrustedAggregation.of(sources)).compile(sources);
    }

    public Evaluator evaluator() {
        MaturityModel model = model();
        return new Evaluator(model, compile(model));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.cnmm.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the rule files of a folder and fingerprints what an evaluation depends on. */
public final class RuleSources {

    private RuleSources() {
    }

    /** Every {@code .drl} file below {@code folder}, in path order so digests are stable. */
    public static List<RuleSource> read(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".drl"))
                    .map(f -> new RuleSource(folder.relativize(f).toString().replace('\\', '/'), readString(f)))
                    .sorted(java.util.Comparator.comparing(RuleSource::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from " + folder, e);
        }
    }

    /**
     * SHA-256 over every rule file's path and content and the model-data digest. Recorded with each
     * assessment, it pins the exact criteria and model the result was derived from, whatever
     * version label they carried.
     */
    public static String digest(List<RuleSource> sources, String modelDigest) {
        List<java.util.Map.Entry<String, String>> entries = new java.util.ArrayList<>();
        sources.forEach(source -> entries.add(java.util.Map.entry(source.path(), source.content())));
        entries.add(java.util.Map.entry("model-data", modelDigest));
        return io.cnmm.problem.Digests.sha256(entries);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

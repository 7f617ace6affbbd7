package io.cnmm.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the rule files of a folder and fingerprints what an evaluation depends on. */
public final class RuleSources {

    private RuleSources() {
    }

    /**
     * Every rule file below {@code folder}, in path order so digests are stable: {@code .drl} files,
     * decision tables ({@code .drl.csv}, {@code .drl.xlsx}, {@code .drl.xls}), and spreadsheets not
     * named as decision tables, which the compiler refuses. Scenarios, READMEs and the lock files
     * Excel leaves beside an open workbook ({@code ~$name.drl.xlsx}) are not rule files.
     */
    public static List<RuleSource> read(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("~$"))
                    .filter(f -> RuleSource.isRuleFile(f.getFileName().toString()))
                    .map(f -> new RuleSource(folder.relativize(f).toString().replace('\\', '/'), readBytes(f)))
                    .sorted(Comparator.comparing(RuleSource::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from " + folder, e);
        }
    }

    /**
     * SHA-256 over every rule file's path and bytes and the model-data digest. Recorded with each
     * assessment, it pins the exact criteria and model the result was derived from, whatever
     * version label they carried. A decision table counts as the spreadsheet the expert wrote, not
     * the DRL generated from it.
     */
    public static String digest(List<RuleSource> sources, String modelDigest) {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        sources.forEach(source -> entries.add(Map.entry(source.path(), source.bytes())));
        entries.add(Map.entry("model-data", modelDigest.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return io.cnmm.problem.Digests.sha256Bytes(entries);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

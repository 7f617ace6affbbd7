package io.cnmm.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
     * SHA-256 over every file's path and content. Recorded with each assessment, it pins the
     * exact criteria the result was derived from, whatever version label they carried.
     */
    public static String digest(List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleSource source : sources) {
                sha.update(source.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(source.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

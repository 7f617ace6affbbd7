package io.cnmm.publishing;

import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.problem.FieldError;
import io.cnmm.problem.RequestProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Everything a ruleset version consists of: the files of {@code rules/} and {@code model-data/}
 * (scenarios included, example profiles not), by path. Its digest is over paths and bytes, so the
 * same content always has the same address, whoever publishes it and however it was zipped.
 */
public final class RulesBundle {

    static final String RULES = "rules/";
    static final String MODEL_DATA = "model-data/";
    private static final String EXAMPLES = MODEL_DATA + "examples/";
    /** Far above the shipped model (under 2 MB, a few hundred files); a zip bomb stops here. */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    static final int MAX_FILES = 5_000;

    private final SortedMap<String, byte[]> files;
    private final String digest;

    private RulesBundle(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
        this.digest = digestOf(files);
    }

    /** The files of a rules folder and a model-data folder, as an expert has them on disk. */
    public static RulesBundle fromFolders(Path rules, Path modelData) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        addFolder(files, rules, RULES);
        addFolder(files, modelData, MODEL_DATA);
        files.keySet().removeIf(path -> path.startsWith(EXAMPLES));
        return new RulesBundle(files);
    }

    /**
     * An uploaded zip holding {@code rules/} and {@code model-data/} at its top. Entries anywhere
     * else, paths that climb out ({@code ..}) and oversized content are refused, never unpacked.
     */
    public static RulesBundle fromZip(byte[] zip) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName().replace('\\', '/');
                checkPath(path);
                byte[] content = in.readNBytes((int) Math.min(MAX_UNPACKED_BYTES - total + 1, Integer.MAX_VALUE - 8));
                total += content.length;
                if (total > MAX_UNPACKED_BYTES || files.size() >= MAX_FILES) {
                    throw refused("the bundle unpacks to more than " + MAX_FILES + " files or "
                            + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
                }
                if (!path.startsWith(EXAMPLES)) {
                    files.put(path, content);
                }
            }
        } catch (IOException e) {
            throw refused("the body is not a readable zip file: " + e.getMessage());
        }
        if (files.keySet().stream().noneMatch(p -> p.startsWith(RULES)) || !files.containsKey(MODEL_DATA + "model.yaml")) {
            throw refused("a bundle holds rules/ and model-data/ (with model-data/model.yaml) at its top");
        }
        return new RulesBundle(files);
    }

    /** {@code sha256:<hex>}: the version's address. */
    public String digest() {
        return digest;
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    /** The same content as a zip, entries in path order with fixed times, so equal bundles give equal zips. */
    public byte[] toZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the bundle into a fresh temporary folder, so that it is validated and compiled by
     * exactly the code that reads an expert's folders. Close it to delete the folder.
     */
    public Unpacked unpack() {
        try {
            Path root = Files.createTempDirectory("cnmm-bundle-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Files.createDirectories(root.resolve(RULES));
            return new Unpacked(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack a ruleset bundle", e);
        }
    }

    /** A bundle on disk for as long as it is open. */
    public static final class Unpacked implements AutoCloseable {

        private final Path root;

        private Unpacked(Path root) {
            this.root = root;
        }

        public RulesWorkspace workspace() {
            return new RulesWorkspace(root.resolve("rules"), root.resolve("model-data"));
        }

        @Override
        public void close() {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void checkPath(String path) {
        boolean climbs = Stream.of(path.split("/")).anyMatch(".."::equals);
        if (path.startsWith("/") || path.contains(":") || climbs || !(path.startsWith(RULES) || path.startsWith(MODEL_DATA))) {
            throw refused("entry \"" + path + "\" is outside rules/ and model-data/");
        }
    }

    private static RequestProblem refused(String reason) {
        return new RequestProblem("the ruleset bundle cannot be used: " + reason, List.of(new FieldError("bundle", reason)));
    }

    private static void addFolder(SortedMap<String, byte[]> files, Path folder, String prefix) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    private static String digestOf(SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(file.getValue().length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(file.getValue());
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

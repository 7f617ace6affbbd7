package io.cnmm.publishing;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.cnmm.authoring.RulesWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything a ruleset version consists of: the files of {@code rules/} and {@code model-data/}
 * (scenarios included, example profiles not), by path, held in memory. Its digest is over paths and bytes, so the
 * same content always has the same address, whoever publishes it and however it was zipped.
 */
public final class RulesBundle {

    static final String RULES = "rules/";
    static final String MODEL_DATA = "model-data/";
    /** What an unpacked bundle may take in memory. */
    private static final long MAX_UNPACKED_BYTES = BundleZip.MAX_UNPACKED_BYTES;

    private final SortedMap<String, byte[]> files;
    private final String digest;

    private RulesBundle(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
        this.digest = io.cnmm.problem.Digests.sha256Files(files);
    }

    /**
     * The files of a rules folder and a model-data folder, as an expert has them on disk, but for
     * known litter ({@link BundlePaths#isLitter}). Nothing else is left out, so that no rule file
     * can go missing without a word: uploaded, a file a bundle may not hold is refused by name.
     */
    public static RulesBundle fromFolders(Path rules, Path modelData) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        addFolder(files, rules, RULES);
        addFolder(files, modelData, MODEL_DATA);
        files.keySet().removeIf(BundlePaths::isLitter);
        return new RulesBundle(files);
    }

    /**
     * An uploaded zip holding {@code rules/} and {@code model-data/} at its top, checked entry by
     * entry before it is read ({@link BundleZip}); nothing of a refused upload is kept.
     */
    public static RulesBundle fromZip(byte[] zip) {
        return new RulesBundle(BundleZip.read(zip, true));
    }

    /**
     * A version as it was stored: the bundle it was published with, read back without the checks
     * of an upload, which it passed when it was published (those checks grow stricter over time,
     * and a version once published must stay readable). What it holds is still compiled only after
     * the checks every ruleset passes.
     */
    public static RulesBundle stored(byte[] zip) {
        return new RulesBundle(BundleZip.read(zip, false));
    }

    /** This bundle with files added where it has none at their paths: the installation's aggregation rules. */
    public RulesBundle withFilesWhereMissing(SortedMap<String, byte[]> more) {
        SortedMap<String, byte[]> all = new TreeMap<>(more);
        all.putAll(files);
        return new RulesBundle(all);
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
     * The bundle as folders in a file system that lives in memory only, so that it is validated
     * and compiled by exactly the code that reads an expert's folders, and nothing of an upload
     * ever reaches the disk. Close it to free the memory.
     */
    public Unpacked unpack() {
        FileSystem memory = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setMaxSize(2 * MAX_UNPACKED_BYTES).build());
        try {
            Path root = memory.getPath("/bundle");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Files.createDirectories(root.resolve(RULES));
            return new Unpacked(memory, root);
        } catch (IOException e) {
            close(memory);
            throw new UncheckedIOException("cannot unpack a ruleset bundle in memory", e);
        }
    }

    /** A bundle unpacked in memory, for as long as it is open. */
    public static final class Unpacked implements AutoCloseable {

        private final FileSystem memory;
        private final Path root;

        private Unpacked(FileSystem memory, Path root) {
            this.memory = memory;
            this.root = root;
        }

        public RulesWorkspace workspace() {
            // Problems name files from the bundle's root, as they are in the zip and in the repository.
            return new RulesWorkspace(root.resolve("rules"), root.resolve("model-data"), "rules", "model-data");
        }

        @Override
        public void close() {
            RulesBundle.close(memory);
        }
    }

    private static void close(FileSystem memory) {
        try {
            memory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

}

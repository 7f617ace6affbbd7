package io.cnmm.testsupport;

import io.cnmm.publishing.RulesBundle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Ruleset bundles for publishing tests: the shipped one with a deliberate change. */
public final class Bundles {

    /** Facts for which T-RM-01 is level 2 under the shipped rules and level 1 under {@link #stricterContainerisation}. */
    public static final String BETWEEN_THRESHOLDS = """
            {"facts": {"containerized_pct": 27, "base_image_catalog": true, "base_image_auto_rebuild": false}}""";
    public static final String CONTAINERISATION_RULE = "T-RM-01 level 2: at least 25 % of applications run in containers";

    private Bundles() {
    }

    /** The shipped bundle, except that T-RM-01 level 2 needs 30 % containerised instead of 25 %, scenarios updated. */
    public static byte[] stricterContainerisation(Path temp) {
        return shippedWith(temp, Bundles::makeStricter);
    }

    /** T-RM-01 level 2 needs 30 % containerised instead of 25 %, with its scenario moved along. */
    public static void makeStricter(Workspace workspace) {
        Path rule = workspace.rules().resolve("T/T-RM/T-RM-01.drl");
        workspace.edit(rule, "Fact(key == \"containerized_pct\", number >= 25)", "Fact(key == \"containerized_pct\", number >= 30)");
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.scenarios.yaml"),
                "given: {containerized_pct: 25,", "given: {containerized_pct: 30,");
    }

    /** A copy of the shipped bundle changed by {@code change}. */
    public static byte[] shippedWith(Path temp, java.util.function.Consumer<Workspace> change) {
        Workspace workspace = Workspace.copyOfShipped(temp);
        change.accept(workspace);
        return zip(workspace);
    }

    public static byte[] zip(Workspace workspace) {
        return RulesBundle.fromFolders(workspace.rules(), workspace.modelData()).toZip();
    }

    /** A zip with exactly the given entries, for bundles no folder could produce. */
    public static byte[] zipOf(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The shipped bundle with one file added or replaced, built in memory: {@code path} is relative to the bundle's top. */
    public static byte[] shippedPlus(String path, byte[] content) {
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>(
                RulesBundle.fromFolders(ShippedModel.RULES, ShippedModel.MODEL_DATA).files());
        files.put(path, content);
        return zipOfFiles(files);
    }

    /** A zip of these files, by path. */
    public static byte[] zipOfFiles(java.util.Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A file of the shipped bundle, by its path in the bundle. */
    public static byte[] fileOfShipped(String path) {
        return RulesBundle.fromFolders(ShippedModel.RULES, ShippedModel.MODEL_DATA).files().get(path);
    }

    public static String shippedDigest() {
        return RulesBundle.fromFolders(ShippedModel.RULES, ShippedModel.MODEL_DATA).digest();
    }

}

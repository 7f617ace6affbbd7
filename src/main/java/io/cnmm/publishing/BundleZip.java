package io.cnmm.publishing;

import io.cnmm.problem.FieldError;
import io.cnmm.problem.RequestProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a ruleset bundle's zip into memory. An upload is checked entry by entry before an entry is
 * read: its path against what a bundle may hold ({@link BundlePaths}), its size against the limit
 * of its kind and of the whole; an entry given twice, or a name that would be a file and a folder
 * at once, is refused. A workbook counts with what it unpacks to, since it is a zip itself.
 */
final class BundleZip {

    /** Far above the shipped model (under 2 MB, a few hundred files); a zip bomb stops here. */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    static final int MAX_FILES = 5_000;

    /**
     * @param upload whether to check it as an upload; a stored version passed those checks when it was published
     * @throws RequestProblem naming what is wrong
     */
    static SortedMap<String, byte[]> read(byte[] zip, boolean upload) {
        BundleZip reader = new BundleZip(upload);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                reader.entry(entry, in);
            }
        } catch (IOException | IllegalArgumentException e) { // IllegalArgumentException: an entry name that is not UTF-8
            throw refused("the body is not a readable zip file");
        }
        return reader.files();
    }

    private final boolean upload;
    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private long total;
    private long ruleBytes;
    private int entries;

    private BundleZip(boolean upload) {
        this.upload = upload;
    }

    private void entry(ZipEntry entry, ZipInputStream in) throws IOException {
        entries++;
        String path = entry.getName();
        if (entry.isDirectory() || upload && BundlePaths.isLitter(path)) {
            count(in.skip(MAX_UNPACKED_BYTES - total + 1)); // left out, but what it unpacks to costs all the same
            return;
        }
        long limit = upload ? checkPath(path, files) : MAX_UNPACKED_BYTES;
        byte[] content = in.readNBytes((int) Math.min(Math.min(limit, MAX_UNPACKED_BYTES - total) + 1, Integer.MAX_VALUE - 8));
        if (content.length > limit) {
            throw refused(path + " is larger than " + limit / BundlePaths.KB + " KB, the limit for such a file");
        }
        count(content.length + (upload && BundlePaths.isZippedWorkbook(path, content) ? Workbooks.unpackedSize(path, content) : 0));
        ruleBytes += upload && BundlePaths.isRuleFile(path) ? content.length : 0;
        if (ruleBytes > BundlePaths.MAX_RULE_BYTES) {
            throw refused("its rule files and decision tables come to more than "
                    + BundlePaths.MAX_RULE_BYTES / (1024 * 1024) + " MB together");
        }
        files.put(path, content);
    }

    private void count(long bytes) {
        total += bytes;
        if (total > MAX_UNPACKED_BYTES || files.size() >= MAX_FILES) {
            throw refused("the bundle unpacks to more than " + MAX_FILES + " files or "
                    + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
        }
    }

    private SortedMap<String, byte[]> files() {
        if (entries == 0) { // what is not a zip at all reads as a zip without entries
            throw refused("the body is not a readable zip file, or an empty one");
        }
        if (files.keySet().stream().noneMatch(p -> p.startsWith(RulesBundle.RULES)) || !files.containsKey(RulesBundle.MODEL_DATA + "model.yaml")) {
            throw refused("a bundle holds rules/ and model-data/ (with model-data/model.yaml) at its top");
        }
        return files;
    }

    /**
     * The size limit of a file at this path, or a refusal: paths are checked as text, and never
     * used to reach a file system, before they pass.
     */
    private static long checkPath(String path, SortedMap<String, byte[]> files) {
        Optional<Long> limit = BundlePaths.limit(path);
        if (limit.isEmpty()) {
            throw refused("entry \"" + printable(path) + "\" is not a file a ruleset may hold (rules, decision tables and "
                    + "scenarios under rules/; model.yaml, <part>/<domain>/<indicator>.yaml and schema/*.json under "
                    + "model-data/; README.md files; names of letters, digits, '.', '_' and '-')");
        }
        if (files.containsKey(path)) {
            throw refused("entry \"" + path + "\" is in the zip twice");
        }
        SortedMap<String, byte[]> inside = files.subMap(path + "/", path + "/\uffff");
        String clash = inside.isEmpty() ? null : inside.firstKey();
        for (int slash = path.indexOf('/'); slash >= 0 && clash == null; slash = path.indexOf('/', slash + 1)) {
            clash = files.containsKey(path.substring(0, slash)) ? path.substring(0, slash) : null;
        }
        if (clash != null) {
            throw refused("\"" + path + "\" and \"" + clash + "\" make one name both a file and a folder");
        }
        return limit.get();
    }

    private static String printable(String path) {
        String shown = path.replaceAll("\\p{C}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }

    static RequestProblem refused(String reason) {
        return new RequestProblem("the ruleset bundle cannot be used: " + reason, List.of(new FieldError("bundle", reason)));
    }
}

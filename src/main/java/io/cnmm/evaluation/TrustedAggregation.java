package io.cnmm.evaluation;

import io.cnmm.problem.Digests;
import io.cnmm.problem.SourceProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The aggregation rules a ruleset may be compiled with. Unlike criteria they are code (they count,
 * take minima and means, and insert levels), so they are not expert content that an upload may
 * change: they come from the server's installation, and a ruleset may carry them only when its
 * {@code aggregation/} folder is byte for byte a set the server trusts. Those are the installation's
 * own files and, so that versions published before an upgrade of those files stay replayable, the
 * sets an operator names by digest ({@code cnmm.rules.trusted-aggregation}).
 *
 * <p>On an expert's own machine (the command line, development) the folders are the installation:
 * {@link #of} trusts the aggregation files they hold.
 */
public final class TrustedAggregation {

    /** Where aggregation rules live, relative to the rules folder. */
    public static final String FOLDER = "aggregation/";

    private final SortedMap<String, byte[]> installed;
    private final Set<String> digests;

    private TrustedAggregation(SortedMap<String, byte[]> installed, Set<String> digests) {
        this.installed = installed;
        this.digests = digests;
    }

    /** Trusts the aggregation files among these rule files, and those only. */
    public static TrustedAggregation of(List<RuleSource> installation) {
        SortedMap<String, byte[]> files = files(installation);
        return new TrustedAggregation(files, Set.of(Digests.sha256Files(files)));
    }

    /** These trusted as well: sets named by their {@link #digest}, from the operator's configuration. */
    public TrustedAggregation andDigests(Collection<String> more) {
        Set<String> all = new TreeSet<>(digests);
        all.addAll(more);
        return new TrustedAggregation(installed, Set.copyOf(all));
    }

    /** {@code sha256:…} of the aggregation files among these rule files: what an operator lists to trust a set. */
    public static String digest(List<RuleSource> sources) {
        return Digests.sha256Files(files(sources));
    }

    /** {@link #digest} of the installation's own aggregation files. */
    public String installedDigest() {
        return Digests.sha256Files(installed);
    }

    /** The installation's own aggregation files, by path relative to the rules folder. */
    public List<RuleSource> installedFiles() {
        return installed.entrySet().stream().map(e -> new RuleSource(e.getKey(), e.getValue())).toList();
    }

    public static boolean isAggregation(RuleSource source) {
        return source.path().startsWith(FOLDER);
    }

    /** Nothing when the aggregation files among {@code sources} are a trusted set; else each file that makes them differ. */
    List<SourceProblem> check(List<RuleSource> sources) {
        SortedMap<String, byte[]> given = files(sources);
        if (digests.contains(Digests.sha256Files(given))) {
            return List.of();
        }
        List<SourceProblem> problems = new ArrayList<>();
        Set<String> paths = new TreeSet<>(given.keySet());
        paths.addAll(installed.keySet());
        for (String path : paths) {
            byte[] ours = installed.get(path);
            byte[] theirs = given.get(path);
            if (ours == null || theirs == null || !Arrays.equals(ours, theirs)) {
                problems.add(SourceProblem.atLine(path, null, null, (theirs == null ? "missing: " : ours == null
                        ? "not one of the server's aggregation rules: " : "differs from the server's own file: ") + WHY));
            }
        }
        // For the operator: the set's name, should they decide to trust it (cnmm.rules.trusted-aggregation).
        problems.add(SourceProblem.atLine(FOLDER, null, null, "these aggregation rules (" + Digests.sha256Files(given)
                + ") are not a set the server trusts"));
        return problems;
    }

    private static final String WHY = "aggregation rules are code, so they come from the server's installation; "
            + "leave rules/aggregation/ out of an upload, or keep it byte for byte the server's";

    private static SortedMap<String, byte[]> files(List<RuleSource> sources) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        sources.stream().filter(TrustedAggregation::isAggregation).forEach(s -> files.put(s.path(), s.bytes()));
        return files;
    }
}

package io.cnmm.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One file of a ruleset as an expert wrote it: DRL, or a decision table in Drools' spreadsheet
 * format. Kept as bytes because an Excel workbook is binary and the ruleset digest covers exactly
 * what the expert wrote, not what was generated from it.
 *
 * @param path  path relative to the rules folder, with forward slashes: {@code T/T-RM/T-RM-01.drl}
 * @param bytes the file's content
 */
public record RuleSource(String path, byte[] bytes) {

    private static final String[] TABLE_SUFFIXES = {".drl.csv", ".drl.xlsx", ".drl.xls"};

    public RuleSource {
        bytes = bytes.clone();
    }

    public static RuleSource ofText(String path, String text) {
        return new RuleSource(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether a file at this path is read as part of a ruleset (see {@link RuleSources#read}). */
    public static boolean isRuleFile(String path) {
        return path.endsWith(".drl") || isDecisionTable(path) || isMisnamedTable(path);
    }

    public boolean isDrl() {
        return path.endsWith(".drl");
    }

    /** A decision table Drools converts to DRL: {@code *.drl.csv}, {@code *.drl.xlsx} or {@code *.drl.xls}. */
    public boolean isDecisionTable() {
        return isDecisionTable(path);
    }

    /**
     * A spreadsheet that is not named as a decision table. Drools would compile it to zero rules
     * without a word, so the compiler refuses it rather than let an expert's criteria vanish.
     */
    public boolean isMisnamedTable() {
        return isMisnamedTable(path);
    }

    private static boolean isDecisionTable(String path) {
        return Arrays.stream(TABLE_SUFFIXES).anyMatch(path::endsWith);
    }

    private static boolean isMisnamedTable(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return !isDecisionTable(path) && (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls"));
    }

    /** The scenario file that tests this one, beside it: {@code T/T-RM/T-RM-01.scenarios.yaml}. */
    public String scenariosPath() {
        String base = path;
        for (String suffix : TABLE_SUFFIXES) {
            if (base.endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length()) + ".drl";
            }
        }
        return base.replaceFirst("\\.drl$", ".scenarios.yaml");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSource that && path.equals(that.path) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RuleSource[" + path + ", " + bytes.length + " bytes]";
    }
}

package io.cnmm.publishing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a ruleset bundle may hold, as an allow-list of paths: rule files, decision tables and
 * scenarios under {@code rules/}; {@code model.yaml}, indicator files two folders down and the
 * schemas under {@code model-data/}; READMEs. Each kind has a size limit far above what experts
 * write (the shipped files are all under 40 KB) and far below what would cost the service.
 * Known litter of editors and zip tools is left out rather than refused: Excel's lock files, the
 * Finder's {@code __MACOSX/} and {@code .DS_Store}, and the example profiles, which are no part of
 * a ruleset.
 */
final class BundlePaths {

    static final int MAX_PATH = 255;
    static final long KB = 1024;
    /**
     * Rule files and decision tables together: sixteen times the shipped ones (240 KB), and what
     * bounds the time parsing and compiling an upload takes.
     */
    static final long MAX_RULE_BYTES = 4 * 1024 * KB;
    /** Workbooks are zips themselves: this bounds what they unpack to, and so what Apache POI holds in memory. */
    static final long MAX_WORKBOOK = 4 * 1024 * KB;

    private static final String SEGMENT = "[A-Za-z0-9_][A-Za-z0-9._-]{0,99}";
    private static final Pattern RULES = Pattern.compile("rules/(" + SEGMENT + "/){0,6}" + SEGMENT);
    private static final Pattern MODEL_DATA = Pattern.compile("model-data/(model\\.yaml|schema/" + SEGMENT + "\\.json|"
            + SEGMENT + "/" + SEGMENT + "/" + SEGMENT + "\\.yaml|(" + SEGMENT + "/){0,2}" + SEGMENT + "\\.md)");
    private static final Pattern LITTER = Pattern.compile("(__MACOSX/.*|(.*/)?\\.DS_Store|(.*/)?~\\$[^/]*|model-data/examples/.*)");
    /** Allowed endings under rules/, with the size limit of each: in lower case, as the compiler reads them. */
    private static final Map<String, Long> RULE_FILES = Map.of(".drl", 1024 * KB, ".scenarios.yaml", 256 * KB, ".md", 256 * KB);
    /** Spreadsheets, in any case: one not named as a decision table gets the compiler's advice on how to name it. */
    private static final Map<String, Long> SPREADSHEETS = Map.of(".csv", 1024 * KB, ".xlsx", MAX_WORKBOOK, ".xls", MAX_WORKBOOK);

    private BundlePaths() {
    }

    /** Litter that is left out of a bundle without a word. */
    static boolean isLitter(String path) {
        return LITTER.matcher(path).matches();
    }

    /**
     * The largest size a file at this path may have, or empty when no file may be there.
     * Spreadsheets that are not named as decision tables are admitted, so that the compiler can say
     * how to name them.
     */
    static Optional<Long> limit(String path) {
        if (path.length() > MAX_PATH) {
            return Optional.empty();
        }
        if (RULES.matcher(path).matches()) {
            String lower = path.toLowerCase(Locale.ROOT);
            return RULE_FILES.entrySet().stream().filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                    .or(() -> SPREADSHEETS.entrySet().stream().filter(e -> lower.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst());
        }
        return MODEL_DATA.matcher(path).matches() ? Optional.of(256 * KB) : Optional.empty();
    }

    /** A rule file or a decision table (or a spreadsheet named as neither, which the compiler refuses). */
    static boolean isRuleFile(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return path.startsWith("rules/") && (path.endsWith(".drl") || lower.endsWith(".csv") || lower.endsWith(".xls")
                || lower.endsWith(".xlsx"));
    }

    /**
     * A workbook that is a zip: an {@code .xlsx}, or any spreadsheet whose bytes begin as a zip does,
     * since Apache POI goes by the content, not the name.
     */
    static boolean isZippedWorkbook(String path, byte[] content) {
        String lower = path.toLowerCase(Locale.ROOT);
        boolean spreadsheet = lower.endsWith(".xlsx") || lower.endsWith(".xls");
        return spreadsheet && content.length >= 2 && content[0] == 'P' && content[1] == 'K';
    }
}

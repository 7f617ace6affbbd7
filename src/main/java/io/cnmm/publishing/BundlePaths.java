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
    /** Workbooks are zips themselves: this bounds what they unpack to, and so what Apache POI holds in memory. */
    static final long MAX_WORKBOOK = 4 * 1024 * KB;

    private static final String SEGMENT = "[A-Za-z0-9_][A-Za-z0-9._-]{0,99}";
    private static final Pattern RULES = Pattern.compile("rules/(" + SEGMENT + "/){0,6}" + SEGMENT);
    private static final Pattern MODEL_DATA = Pattern.compile("model-data/(model\\.yaml|schema/" + SEGMENT + "\\.json|"
            + SEGMENT + "/" + SEGMENT + "/" + SEGMENT + "\\.yaml|(" + SEGMENT + "/){0,2}" + SEGMENT + "\\.md)");
    private static final Pattern LITTER = Pattern.compile("(__MACOSX/.*|(.*/)?\\.DS_Store|(.*/)?~\\$[^/]*|model-data/examples/.*)");
    /** Allowed endings under rules/, with the size limit of each. */
    private static final Map<String, Long> RULE_FILES = Map.of(".drl", 1024 * KB, ".csv", 1024 * KB, ".xlsx", MAX_WORKBOOK,
            ".xls", MAX_WORKBOOK, ".scenarios.yaml", 256 * KB, ".md", 256 * KB);

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
            return RULE_FILES.entrySet().stream().filter(e -> lower.endsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst();
        }
        return MODEL_DATA.matcher(path).matches() ? Optional.of(256 * KB) : Optional.empty();
    }

    static boolean isWorkbook(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}

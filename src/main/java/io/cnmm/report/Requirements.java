package io.cnmm.report;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A criterion's requirement as read from its rule ({@code >= 80}, {@code true}) in words: {@code at least 80 %}, {@code yes}. */
final class Requirements {

    private static final Pattern COMPARISON = Pattern.compile("^(>=|<=|>|<|==|!=)\\s*(.+)$");
    private static final Map<String, String> WORDS = Map.of(">=", "at least", "<=", "at most", ">", "more than",
            "<", "less than", "==", "exactly", "!=", "other than");

    private Requirements() {
    }

    static String plain(String required, String unit) {
        return Arrays.stream(required.split(" and ")).map(part -> word(part.strip(), unit)).collect(Collectors.joining(" and "));
    }

    private static String word(String part, String unit) {
        Matcher comparison = COMPARISON.matcher(part);
        if (comparison.matches()) {
            return WORDS.get(comparison.group(1)) + " " + comparison.group(2) + (unit == null ? "" : " " + unit);
        }
        return switch (part) {
            case "true" -> "yes";
            case "false" -> "no";
            default -> part;
        };
    }
}

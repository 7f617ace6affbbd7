package io.cnmm.problem;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Query parameters read from their text. Taken as a number or a UUID by JAX-RS, a value that does
 * not convert is answered 404, as if the resource were missing; read here, it is a 400 that names
 * the parameter and what it accepts. A value out of range is refused, not clamped: a client that
 * asks for 5,000 records and silently gets 1,000 would think it has them all.
 */
public final class QueryParameters {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}"); // no sign, no exponent, and fits a long
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String ASSESSMENT_ID = "an assessment id (a UUID)";
    private static final int SHOWN = 40; // of a refused value, in the answer

    private QueryParameters() {
    }

    /** A whole number from {@code lowest} to {@code highest}; {@code absent} when the parameter is not given. */
    public static long wholeNumber(String name, String value, long absent, long lowest, long highest) {
        if (value == null) {
            return absent;
        }
        if (DIGITS.matcher(value).matches()) {
            long number = Long.parseLong(value);
            if (number >= lowest && number <= highest) {
                return number;
            }
        }
        throw refused(name, value, highest == Long.MAX_VALUE ? "must be a whole number, " + lowest + " or more"
                : "must be a whole number from " + lowest + " to " + highest);
    }

    /** An assessment's id, or {@code null} when the parameter is not given. */
    public static UUID assessmentId(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw refused(name, value, "must be " + ASSESSMENT_ID);
        }
        return UUID.fromString(value);
    }

    /** An assessment's id, which must be given. */
    public static UUID requiredAssessmentId(String name, String value) {
        if (value == null) {
            throw new QueryParameterProblem(name, "is required: " + ASSESSMENT_ID);
        }
        return assessmentId(name, value);
    }

    /** One of {@code allowed}; the first when the parameter is not given. */
    public static String oneOf(String name, String value, List<String> allowed) {
        if (value == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(value)) {
            throw refused(name, value, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    private static QueryParameterProblem refused(String name, String value, String accepted) {
        String shown = value.isEmpty() ? "empty" : value.codePointCount(0, value.length()) <= SHOWN ? value
                : value.substring(0, value.offsetByCodePoints(0, SHOWN)) + "…";
        return new QueryParameterProblem(name, accepted + ", was " + shown);
    }
}

package io.cnmm.evaluation;

import io.cnmm.problem.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bounds what Drools' DRL parser is given of an upload. The parser guesses at casts and array
 * expressions by trying each reading in turn, so its time doubles with each bracketed group that
 * is followed directly by a value ({@code (a)(a)(a)…}, {@code !(a)!(a)…}) and with each square or
 * curly bracket: about twenty of them in one expression hold a core for seconds, forty for weeks,
 * and nothing can stop the thread. Criteria need none of that: they nest brackets three deep, use
 * no square or curly ones, and follow a closing bracket with a comma, a bracket, {@code or} or
 * {@code and}. So before the parser sees a criteria file, its text (comments and strings aside) is
 * held to limits far above what criteria need and far below what costs anything.
 */
final class ParserBudget {

    static final int MAX_DEPTH = 8;
    static final int MAX_SQUARE_OR_CURLY = 8;
    static final int MAX_GROUPS_FOLLOWED_BY_A_VALUE = 10;
    private static final Set<String> JOINING_WORDS = Set.of("or", "and");

    private ParserBudget() {
    }

    /** The first limit the file goes past, at its line and column; empty when it is within all of them. */
    static List<SourceProblem> check(DrlText file) {
        String code = blank(file.text());
        int depth = 0;
        int squareOrCurly = 0;
        int groupsFollowedByValue = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            String problem = null;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '(') {
                problem = ++depth > MAX_DEPTH ? "brackets nested more than " + MAX_DEPTH + " deep" : null;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                if (depth > 0 && followedByValue(code, i + 1) && ++groupsFollowedByValue > MAX_GROUPS_FOLLOWED_BY_A_VALUE) {
                    problem = "more than " + MAX_GROUPS_FOLLOWED_BY_A_VALUE + " bracketed groups followed directly by a value";
                }
            } else if ("[]{}".indexOf(c) >= 0) {
                problem = ++squareOrCurly > MAX_SQUARE_OR_CURLY ? "more than " + MAX_SQUARE_OR_CURLY + " square or curly brackets" : null;
            }
            if (problem != null) {
                return List.of(file.problem(line, i - lineStart + 1, "the file is refused before it is read: " + problem
                        + " (criteria need none of that, and Drools' parser takes time that doubles with each)"));
            }
        }
        return List.of();
    }

    /** Whether what follows a closing bracket, after spaces, could begin a value: a name, a literal, a bracket, a negation. */
    private static boolean followedByValue(String code, int from) {
        int i = from;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        if (i == code.length()) {
            return false;
        }
        char c = code.charAt(i);
        if (c == '(' || c == '!' || c == '~' || c == '"' || c == '\'') {
            return true;
        }
        int end = i;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return end > i && !JOINING_WORDS.contains(code.substring(i, end));
    }

    /**
     * The text with every comment blanked, and every string literal but its quotes: lines and
     * columns stay put, and brackets in a rule name or a comment count for nothing.
     */
    static String blank(String drl) {
        char[] text = drl.toCharArray();
        int i = 0;
        while (i < text.length) {
            if (startsWith(text, i, "//")) {
                i = blankUntil(text, i, "\n", false);
            } else if (startsWith(text, i, "/*")) {
                i = blankUntil(text, i, "*/", true);
            } else if (text[i] == '"' || text[i] == '\'') {
                i = blankString(text, i);
            } else {
                i++;
            }
        }
        return new String(text);
    }

    private static int blankUntil(char[] text, int from, String end, boolean inclusive) {
        int i = from;
        while (i < text.length && !startsWith(text, i, end)) {
            i = blank(text, i);
        }
        for (int k = 0; inclusive && k < end.length() && i < text.length; k++) {
            i = blank(text, i);
        }
        return i;
    }

    /** Keeps the quotes, so that a string still reads as a value where it stands. */
    private static int blankString(char[] text, int from) {
        char quote = text[from];
        int i = from + 1;
        while (i < text.length && text[i] != quote && text[i] != '\n') {
            i = text[i] == '\\' && i + 1 < text.length && text[i + 1] != '\n' ? blank(text, blank(text, i)) : blank(text, i);
        }
        return i < text.length && text[i] == quote ? i + 1 : i;
    }

    /** Blanks one character, keeping line breaks; returns the next index. */
    private static int blank(char[] text, int i) {
        if (text[i] != '\n' && text[i] != '\r') {
            text[i] = ' ';
        }
        return i + 1;
    }

    private static boolean startsWith(char[] text, int at, String prefix) {
        if (at + prefix.length() > text.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

package io.cnmm.evaluation;

import io.cnmm.problem.DidYouMean;
import io.cnmm.problem.SourceProblem;
import java.util.List;
import java.util.Set;

/**
 * Puts Drools' syntax error where the expert made the slip, when Drools only notices it later.
 * A misspelt {@code end} ({@code ned}) is not an error to the parser: the consequence is free text,
 * so it reads on into the next rule and fails there, lines later. Drools' own message and position
 * are kept in the text; only the line moves, and only to a line that is a lone near-{@code end} word.
 */
final class SyntaxHints {

    private static final Set<String> KEYWORDS = Set.of("end", "and", "or", "not", "exists", "then", "when", "rule");

    private SyntaxHints() {
    }

    static SourceProblem located(DrlText drl, int row, int column, String message) {
        if (drl.generated()) {
            return drl.problem(row, column, message);
        }
        List<String> lines = drl.text().lines().toList();
        int rulesPassed = 0;
        for (int line = Math.min(row, lines.size()) - 1; line >= 1; line--) {
            String word = lines.get(line - 1).strip();
            if (word.matches("\\w+") && !KEYWORDS.contains(word) && DidYouMean.nearest(word, List.of("end")).isPresent()) {
                return drl.problem(line, null, "'" + word + "' is not 'end'; did you mean \"end\"? Without its 'end' the rule "
                        + "runs on, and Drools stops at line " + row + ": " + message);
            }
            if (lines.get(line - 1).startsWith("rule ") && ++rulesPassed == 2) {
                break; // the slip is in the rule Drools stopped in, or the one it ran on from: not earlier
            }
        }
        String hint = message.contains("mismatched input 'then'")
                ? " (a bracket opened in the conditions above is not closed: check each ')')" : "";
        return drl.problem(row, column, message + hint);
    }
}

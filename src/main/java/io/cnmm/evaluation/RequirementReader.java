package io.cnmm.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Reads what a criterion requires from its {@code Fact(key == "x", ...)} patterns and renders the
 * constraint the way an assessor reads it: {@code number >= 25} becomes {@code >= 25},
 * {@code atLeast("iac")} becomes {@code at least iac}.
 *
 * <p>A criterion's condition is either all of its Fact patterns or any one of them; other shapes
 * ({@code not}, {@code exists}, nested and/or, other types) are refused, because a gap could not
 * say truthfully what they require.
 */
final class RequirementReader {

    private static final Pattern KEY = Pattern.compile("^key\\s*==\\s*\"([^\"]+)\"$");
    static final Pattern NUMBER = Pattern.compile("^number\\s*(>=|<=|>|<|==|!=)\\s*(.+)$");
    static final Pattern FLAG = Pattern.compile("^flag\\s*==\\s*(true|false)$");
    static final Pattern AT = Pattern.compile("^at(Least|Most)\\(\\s*\"([^\"]+)\"\\s*\\)$");
    static final Pattern CHOICE = Pattern.compile("^choice\\s*(==|!=)\\s*\"([^\"]+)\"$");

    /** @param unsupported why the condition cannot be read, or {@code null} when it can */
    record Result(List<Requirement> requirements, boolean anyOf, String unsupported) {
    }

    private RequirementReader() {
    }

    static Result read(AndDescr lhs) {
        List<BaseDescr> parts = new ArrayList<>(lhs.getDescrs());
        boolean anyOf = parts.size() == 1 && parts.get(0) instanceof OrDescr;
        if (anyOf) {
            parts = new ArrayList<>(((OrDescr) parts.get(0)).getDescrs());
        }
        List<Requirement> requirements = new ArrayList<>();
        for (BaseDescr part : parts) {
            if (!(part instanceof PatternDescr pattern) || !"Fact".equals(pattern.getObjectType())
                    || pattern.getSource() != null) {
                return new Result(requirements, anyOf, "a criterion's condition combines Fact patterns only, "
                        + "all of them or any one of them (no not, exists, nested and/or, or other types)");
            }
            requirements.add(requirement(pattern));
        }
        return new Result(requirements, anyOf, requirements.isEmpty() ? "a criterion reads at least one Fact" : null);
    }

    private static Requirement requirement(PatternDescr pattern) {
        String key = null;
        List<String> constraints = new ArrayList<>();
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            String expression = constraint instanceof ExprConstraintDescr expr ? expr.getExpression().trim() : constraint.getText();
            Matcher keyMatch = KEY.matcher(expression);
            if (keyMatch.matches()) {
                key = keyMatch.group(1);
            } else {
                constraints.add(expression);
            }
        }
        String required = constraints.isEmpty() ? "submitted"
                : String.join(" and ", constraints.stream().map(RequirementReader::render).toList());
        return new Requirement(key, required, constraints, pattern.getLine());
    }

    static String render(String expression) {
        Matcher m = NUMBER.matcher(expression);
        if (m.matches()) {
            return m.group(1) + " " + m.group(2).trim();
        }
        m = FLAG.matcher(expression);
        if (m.matches()) {
            return m.group(1);
        }
        m = AT.matcher(expression);
        if (m.matches()) {
            return "at " + m.group(1).toLowerCase() + " " + m.group(2);
        }
        m = CHOICE.matcher(expression);
        if (m.matches()) {
            return ("==".equals(m.group(1)) ? "" : "not ") + m.group(2);
        }
        return expression;
    }

    /** The accessor a constraint reads: {@code number}, {@code flag}, {@code choice}; {@code null} if none. */
    static String accessor(String expression) {
        if (NUMBER.matcher(expression).matches()) {
            return "number";
        }
        if (FLAG.matcher(expression).matches()) {
            return "flag";
        }
        return AT.matcher(expression).matches() || CHOICE.matcher(expression).matches() ? "choice" : null;
    }

    /** The option a choice constraint names, or {@code null}. */
    static String option(String expression) {
        Matcher at = AT.matcher(expression);
        if (at.matches()) {
            return at.group(2);
        }
        Matcher choice = CHOICE.matcher(expression);
        return choice.matches() ? choice.group(2) : null;
    }
}

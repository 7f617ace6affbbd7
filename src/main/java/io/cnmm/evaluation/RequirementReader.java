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
 * <p>It reads conditions that have the shape of a criterion ({@link CriterionShape}): all of some
 * Fact patterns, or any one of them.
 */
final class RequirementReader {

    // The vocabulary's conditions, with literal values only. A text literal holds no quote, backslash
    // or control character, so it cannot end early or escape; a number is a plain decimal.
    private static final String TEXT = "\"([^\"\\\\\\p{Cntrl}]{1,100})\"";
    static final Pattern KEY = Pattern.compile("^key\\s*==\\s*" + TEXT + "$");
    // No leading zero: the rule engine reads 025 as octal (21), where people and these checks read 25.
    static final Pattern NUMBER = Pattern.compile("^number\\s*(>=|<=|>|<|==|!=)\\s*(-?(?:0|[1-9][0-9]{0,14})(?:\\.[0-9]{1,15})?)$");
    static final Pattern FLAG = Pattern.compile("^flag\\s*==\\s*(true|false)$");
    static final Pattern AT = Pattern.compile("^at(Least|Most)\\(\\s*" + TEXT + "\\s*\\)$");
    static final Pattern CHOICE = Pattern.compile("^choice\\s*(==|!=)\\s*" + TEXT + "$");

    /** @param anyOf whether the requirements are alternatives ({@code or}) rather than all needed */
    record Result(List<Requirement> requirements, boolean anyOf) {
    }

    private RequirementReader() {
    }

    static Result read(AndDescr lhs) {
        List<? extends BaseDescr> parts = lhs.getDescrs();
        boolean anyOf = parts.size() == 1 && parts.get(0) instanceof OrDescr;
        if (anyOf) {
            parts = ((OrDescr) parts.get(0)).getDescrs();
        }
        return new Result(parts.stream().map(part -> requirement((PatternDescr) part)).toList(), anyOf);
    }

    private static Requirement requirement(PatternDescr pattern) {
        String key = null;
        List<String> constraints = new ArrayList<>();
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            String expression = constraint instanceof ExprConstraintDescr expr ? expr.getExpression().strip() : constraint.getText();
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

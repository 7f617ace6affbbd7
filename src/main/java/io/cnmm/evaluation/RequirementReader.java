package io.cnmm.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Reads what a criterion requires from its {@code Fact(key == "x", ...)} patterns and renders the
 * constraint the way an assessor reads it: {@code number >= 25} becomes {@code >= 25},
 * {@code atLeast("iac")} becomes {@code at least iac}.
 */
final class RequirementReader {

    private static final Pattern KEY = Pattern.compile("^key\\s*==\\s*\"([^\"]+)\"$");
    private static final Pattern NUMBER = Pattern.compile("^number\\s*(>=|<=|>|<|==|!=)\\s*(.+)$");
    private static final Pattern FLAG = Pattern.compile("^flag\\s*==\\s*(true|false)$");
    private static final Pattern AT = Pattern.compile("^at(Least|Most)\\(\\s*\"([^\"]+)\"\\s*\\)$");
    private static final Pattern CHOICE = Pattern.compile("^choice\\s*(==|!=)\\s*\"([^\"]+)\"$");

    record Result(List<Requirement> requirements, boolean anyOf) {
    }

    private RequirementReader() {
    }

    static Result read(BaseDescr lhs) {
        List<Requirement> requirements = new ArrayList<>();
        boolean anyOf = collect(lhs, requirements);
        return new Result(requirements, anyOf);
    }

    private static boolean collect(BaseDescr descr, List<Requirement> into) {
        boolean anyOf = descr instanceof OrDescr;
        if (descr instanceof PatternDescr pattern) {
            if ("Fact".equals(pattern.getObjectType())) {
                into.add(requirement(pattern));
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                anyOf |= collect(child, into);
            }
        }
        return anyOf;
    }

    private static Requirement requirement(PatternDescr pattern) {
        String key = null;
        List<String> conditions = new ArrayList<>();
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            String expression = constraint instanceof ExprConstraintDescr expr ? expr.getExpression().trim() : constraint.getText();
            Matcher keyMatch = KEY.matcher(expression);
            if (keyMatch.matches()) {
                key = keyMatch.group(1);
            } else {
                conditions.add(render(expression));
            }
        }
        return new Requirement(key == null ? "?" : key, conditions.isEmpty() ? "submitted" : String.join(" and ", conditions));
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
}

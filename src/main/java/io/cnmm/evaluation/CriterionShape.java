package io.cnmm.evaluation;

import io.cnmm.problem.SourceProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The one shape a criteria file may have, checked on Drools' own parse of it, so that an uploaded
 * ruleset can express criteria over submitted facts and nothing else. It is an allow-list: a
 * package {@code rules.…}, the vocabulary's import, and rules whose only annotations are
 * {@code @indicator("…")} and {@code @level(n)}, whose condition is {@code Fact} patterns (all of
 * them, or any one of them) comparing the vocabulary's accessors to literals, and whose
 * consequence is {@code insert(new CriterionMet(kcontext));}. Every other construct of DRL is
 * refused at its line, whatever it is: functions, globals, declarations, queries, attributes,
 * {@code eval}, {@code from}, {@code accumulate}, {@code not}, bindings, method calls, types.
 *
 * <p>The check never has to understand code, only to recognise the few things that are allowed;
 * and what is compiled afterwards is DRL written from the checked parse ({@link CanonicalDrl}),
 * not the uploaded text, so nothing the parse did not show can reach the compiler.
 */
final class CriterionShape {

    static final String CONSEQUENCE = "insert(new CriterionMet(kcontext));";
    private static final Pattern PACKAGE = Pattern.compile("rules(\\.[a-z][a-z0-9_]{0,40}){0,6}");
    private static final Pattern IMPORT = Pattern.compile("io\\.cnmm\\.vocabulary\\.(\\*|[A-Z][A-Za-z]{0,40})");
    private static final Pattern INDICATOR = Pattern.compile("\"[A-Za-z0-9-]{1,20}\"");
    private static final Pattern LEVEL = Pattern.compile("\"?[0-9]{1,2}\"?");
    private static final Set<String> ANNOTATIONS = Set.of("indicator", "level");
    /** Drools writes the package into generated Java, where a keyword as a name part fails with confusing errors. */
    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "_");
    private static final int MAX_NAME = 300;
    // Far above what criteria need (the shipped ones read 1 or 2 facts, with 1 or 2 conditions each),
    // and low enough that the level checks, which reason over every alternative, stay cheap.
    private static final int MAX_PATTERNS = 20;
    private static final int MAX_CONDITIONS = 10;
    private static final String ONLY = ": a criteria file holds criteria rules and nothing else (rules/README.md)";

    private final DrlText file;
    private final List<SourceProblem> problems = new ArrayList<>();

    private CriterionShape(DrlText file) {
        this.file = file;
    }

    /** Every way the file, but for its rules, departs from the shape, each at its line; empty when it has the shape. */
    static List<SourceProblem> checkPackage(DrlText file, PackageDescr pkg) {
        CriterionShape shape = new CriterionShape(file);
        shape.checkPackage(pkg);
        return shape.problems;
    }

    /** Every way a rule departs from the shape of a criterion, each at its line; empty when it has the shape. */
    static List<SourceProblem> checkRule(DrlText file, RuleDescr rule) {
        CriterionShape shape = new CriterionShape(file);
        shape.checkRule(rule);
        return shape.problems;
    }

    private void checkPackage(PackageDescr pkg) {
        if (pkg.getName() == null || !PACKAGE.matcher(pkg.getName()).matches()
                || java.util.Arrays.stream(pkg.getName().split("\\.")).anyMatch(JAVA_KEYWORDS::contains)) {
            problem(pkg.getLine(), "the package must be rules.<part>.<domain> in lower case, without Java's keywords, was \""
                    + pkg.getName() + "\"");
        }
        pkg.getImports().stream().filter(i -> !IMPORT.matcher(i.getTarget()).matches()).forEach(i ->
                problem(i.getLine(), "import " + i.getTarget() + " is not allowed: criteria import io.cnmm.vocabulary.* and nothing else"));
        refuseAll(pkg.getFunctionImports(), "import function");
        refuseAll(pkg.getAccumulateImports(), "import accumulate");
        refuseAll(pkg.getGlobals(), "global");
        refuseAll(pkg.getFunctions(), "function");
        refuseAll(pkg.getTypeDeclarations(), "declare");
        refuseAll(pkg.getEnumDeclarations(), "declare enum");
        refuseAll(pkg.getEntryPointDeclarations(), "declare entry-point");
        refuseAll(pkg.getWindowDeclarations(), "declare window");
        pkg.getAttributes().forEach(attribute -> refuse(attribute, "package attribute " + attribute.getName()));
        if (pkg.getUnit() != null) {
            refuse(pkg.getUnit(), "unit");
        }
    }

    private void checkRule(RuleDescr rule) {
        if (rule.isQuery()) {
            refuse(rule, "query \"" + rule.getName() + "\"");
            return;
        }
        checkName(rule);
        rule.getAttributes().values().forEach(attribute -> refuse(rule, attribute, "the attribute " + attribute.getName(),
                " (criteria have no salience, groups, dialect or other attributes)"));
        if (rule.hasParent()) {
            refuse(rule, rule, "extends", "");
        }
        checkAnnotations(rule);
        checkCondition(rule);
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(rule, rule, "a named consequence (then[...])", "");
        }
        if (!CONSEQUENCE.replaceAll("\\s+", "").equals(String.valueOf(rule.getConsequence()).replaceAll("\\s+", ""))) {
            problem(rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine(), "rule \"" + rule.getName()
                    + "\": a criterion's consequence is exactly " + CONSEQUENCE + " criteria record that they are met and do nothing else");
        }
    }

    /** Names are shown to people and written into the DRL that is compiled: printable text only. */
    private void checkName(RuleDescr rule) {
        String name = rule.getName();
        boolean printable = name.codePoints().allMatch(CriterionShape::printable) && name.indexOf('"') < 0
                && name.indexOf('\\') < 0;
        if (name.isBlank() || name.length() > MAX_NAME || !printable) {
            problem(rule.getLine(), "rule name \"" + name.replaceAll("\\p{C}", "?") + "\": a rule name is 1 to " + MAX_NAME
                    + " printable characters, without quotes, backslashes or control characters");
        }
    }

    private void checkAnnotations(RuleDescr rule) {
        if (!rule.getAnnotationNames().containsAll(ANNOTATIONS)) {
            problem(rule.getLine(), "rule \"" + rule.getName() + "\": a criterion rule needs both @indicator and @level "
                    + "(rules without them, the aggregation rules, are the server's own and live in aggregation/)");
        }
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            String name = annotation.getName();
            if (!ANNOTATIONS.contains(name) || annotation.getFullyQualifiedName() != null && !name.equals(annotation.getFullyQualifiedName())) {
                refuse(rule, rule, "the annotation @" + name, " (criteria carry @indicator and @level only)");
                continue;
            }
            Pattern literal = "indicator".equals(name) ? INDICATOR : LEVEL;
            Object value = annotation.getValueMap().size() == 1 ? annotation.getValue() : null;
            if (annotation.isDuplicated() || value == null || !literal.matcher(value.toString()).matches()) {
                problem(rule.getLine(), "rule \"" + rule.getName() + "\": @" + name + " takes one literal, "
                        + ("indicator".equals(name) ? "an indicator id in quotes: @indicator(\"T-RM-01\")" : "a level: @level(3)"));
            }
        }
    }

    /** All of some Fact patterns, or any one of them. */
    private void checkCondition(RuleDescr rule) {
        List<? extends BaseDescr> parts = rule.getLhs().getDescrs();
        if (parts.size() == 1 && parts.get(0) instanceof OrDescr any) {
            parts = any.getDescrs();
        }
        if (parts.isEmpty() || parts.size() > MAX_PATTERNS) {
            problem(rule.getLine(), "rule \"" + rule.getName() + "\": a criterion reads 1 to " + MAX_PATTERNS + " Fact patterns");
        }
        for (BaseDescr part : parts) {
            if (part instanceof PatternDescr pattern) {
                checkPattern(rule, pattern);
            } else {
                refuse(rule, part, describe(part), " (a criterion's condition is Fact patterns, all of them or any one of them)");
            }
        }
    }

    private void checkPattern(RuleDescr rule, PatternDescr pattern) {
        if (pattern.getSource() != null) {
            refuse(rule, pattern, describe(pattern.getSource()), "");
            return;
        }
        if (!"Fact".equals(pattern.getObjectType())) {
            refuse(rule, pattern, "a pattern of type " + pattern.getObjectType(), " (criteria read Fact only)");
            return;
        }
        if (pattern.getIdentifier() != null) {
            refuse(rule, pattern, "the binding " + pattern.getIdentifier(), "");
        }
        if (pattern.isQuery() || pattern.isUnification() || !pattern.getBehaviors().isEmpty()
                || !pattern.getAnnotations().isEmpty() || !pattern.getPositionalConstraints().isEmpty()) {
            refuse(rule, pattern, "this form of pattern", " (write Fact(key == \"...\", <condition>))");
        }
        if (pattern.getConstraint().getDescrs().size() > MAX_CONDITIONS) {
            refuse(rule, pattern, "a pattern of more than " + MAX_CONDITIONS + " conditions", "");
            return;
        }
        int keys = 0;
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            String expression = constraint instanceof ExprConstraintDescr expr && expr.getType() == ExprConstraintDescr.Type.NAMED
                    ? expr.getExpression().strip() : null;
            if (expression != null && RequirementReader.KEY.matcher(expression).matches()) {
                keys++;
            } else if (expression == null || Condition.parse(expression).isEmpty()) {
                problem(constraint.getLine(), "rule \"" + rule.getName() + "\": '" + (expression == null ? constraint.getText()
                        : expression) + "' is none of the vocabulary's conditions: number <op> value, flag == true|false, "
                        + "atLeast(\"option\"), atMost(\"option\"), choice == \"option\" (values are literals: "
                        + "a number, true or false, an option in quotes)");
            }
        }
        if (keys != 1) {
            problem(pattern.getLine(), "rule \"" + rule.getName() + "\": every Fact pattern names its fact once: Fact(key == \"...\", ...)");
        }
    }

    private void refuseAll(Collection<? extends BaseDescr> found, String what) {
        found.forEach(descr -> refuse(descr, what));
    }

    private void refuse(BaseDescr descr, String what) {
        problem(descr.getLine(), what + " is not allowed" + ONLY);
    }

    /** A construct a criterion may not use, at its line (or the rule's, when Drools gives it none). */
    private void refuse(RuleDescr rule, BaseDescr descr, String what, String hint) {
        problem(descr.getLine() > 0 ? descr.getLine() : rule.getLine(), "rule \"" + rule.getName() + "\": " + what
                + " is not allowed in a criterion" + hint);
    }

    private void problem(int line, String message) {
        problems.add(file.problem(line > 0 ? line : null, null, message));
    }

    /** {@code NotDescr} is "not", {@code FromDescr} is "from": the keyword the expert wrote. */
    private static String describe(BaseDescr descr) {
        String kind = descr.getClass().getSimpleName().replaceFirst("Descr$", "");
        return switch (kind) {
            case "Not", "Exists", "Forall", "Eval", "From", "Accumulate", "Collect", "And", "Or" -> kind.toLowerCase();
            case "EntryPoint" -> "entry-point";
            case "Window" -> "window";
            case "NamedConsequence", "ConditionalBranch" -> "do[...] / if ... do[...]";
            default -> kind;
        };
    }

    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}

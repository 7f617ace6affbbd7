package io.cnmm.evaluation;

import io.cnmm.model.MaturityModel;
import io.cnmm.problem.SourceProblem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Reads DRL the way an expert wrote it, before Drools compiles it: the package (to place the file
 * where Drools expects it), each criterion rule with its line and requirements, and the mistakes
 * that compile fine but make no sense against the model (an unknown indicator, a level outside
 * the scale, a fact the indicator does not declare, the same rule name twice) or reach outside
 * the evaluation ({@link RuleCodeSandbox}).
 */
final class DrlInspector {

    private static final String CONSEQUENCE = "insert(newCriterionMet(kcontext));";

    private final MaturityModel model;
    private final RequirementChecks requirementChecks;
    private final List<SourceProblem> problems = new ArrayList<>();
    private final List<CriterionRule> criteria = new ArrayList<>();
    private final Map<String, String> ruleFiles = new HashMap<>();

    DrlInspector(MaturityModel model) {
        this.model = model;
        this.requirementChecks = new RequirementChecks(model);
    }

    /** The file's package, or empty when it does not parse (the problems say why). */
    Optional<String> inspect(RuleSource source) {
        problems.addAll(RuleCodeSandbox.check(source));
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, new StringReader(source.content()));
        } catch (DroolsParserException e) {
            problems.add(SourceProblem.atLine(source.path(), null, null, e.getMessage()));
            return Optional.empty();
        }
        if (parser.hasErrors() || pkg == null) {
            parser.getErrors().forEach(error -> problems.add(error instanceof ParserError parse
                    ? SourceProblem.atLine(source.path(), parse.getRow(), parse.getCol() + 1, parse.getMessage())
                    : SourceProblem.atLine(source.path(), null, null, error.getMessage())));
            return Optional.empty();
        }
        pkg.getRules().forEach(rule -> inspectRule(source.path(), rule));
        return Optional.of(pkg.getName());
    }

    List<SourceProblem> problems() {
        return problems;
    }

    List<CriterionRule> criteria() {
        return criteria;
    }

    private void inspectRule(String file, RuleDescr rule) {
        String previous = ruleFiles.putIfAbsent(rule.getName(), file);
        if (previous != null) {
            problem(file, rule, "rule name \"" + rule.getName() + "\" is also used in " + previous
                    + "; rule names are unique across the ruleset");
        }
        AnnotationDescr indicatorTag = rule.getAnnotation("indicator");
        AnnotationDescr levelTag = rule.getAnnotation("level");
        if (indicatorTag == null && levelTag == null) {
            return; // not a criterion: an aggregation rule
        }
        if (indicatorTag == null || levelTag == null) {
            problem(file, rule, "a criterion rule needs both @indicator and @level");
            return;
        }
        String indicator = AnnotationDescr.unquote(indicatorTag.getSingleValueAsString());
        Integer level = parseLevel(levelTag.getSingleValueAsString());
        if (model.indicator(indicator).isEmpty()) {
            problem(file, rule, "@indicator(\"" + indicator + "\") is not an indicator of model-data");
            return;
        }
        if (level == null || level < 2 || level > model.topLevel()) {
            problem(file, rule, "@level(" + levelTag.getSingleValueAsString() + ") must be a level from 2 to "
                    + model.topLevel() + " (level 1 needs no criteria: it is reached by submitting the facts)");
            return;
        }
        if (!CONSEQUENCE.equals(String.valueOf(rule.getConsequence()).replaceAll("\\s+", ""))) {
            problem(file, rule, "a criterion's consequence is exactly insert(new CriterionMet(kcontext)); "
                    + "criteria record that they are met and do nothing else");
        }
        RequirementReader.Result read = RequirementReader.read(rule.getLhs());
        if (read.unsupported() != null) {
            problem(file, rule, read.unsupported());
        }
        for (Requirement requirement : read.requirements()) {
            requirementChecks.check(indicator, requirement).forEach(finding -> problem(file,
                    finding.line() == null ? rule.getLine() : finding.line(), rule, finding.message()));
        }
        criteria.add(new CriterionRule(rule.getName(), indicator, level, file, rule.getLine(),
                read.requirements(), read.anyOf()));
    }

    /** Every level above 1 of every indicator needs a criterion, or it would be reached for free. */
    void checkEveryLevelHasCriteria() {
        for (var indicator : model.indicators().values()) {
            for (int level = 2; level <= model.topLevel(); level++) {
                int wanted = level;
                if (criteria.stream().noneMatch(c -> c.indicator().equals(indicator.id()) && c.level() == wanted)) {
                    problems.add(SourceProblem.atLine(indicator.part() + "/" + indicator.domain() + "/" + indicator.id()
                            + ".drl", null, null, "indicator " + indicator.id() + " has no criterion for level " + level
                            + "; without one, level " + level + " would be reached as soon as its facts are submitted"));
                }
            }
        }
    }

    private void problem(String file, RuleDescr rule, String message) {
        problem(file, rule.getLine(), rule, message);
    }

    private void problem(String file, int line, RuleDescr rule, String message) {
        problems.add(SourceProblem.atLine(file, line, null, "rule \"" + rule.getName() + "\": " + message));
    }

    private static Integer parseLevel(String value) {
        try {
            return Integer.valueOf(AnnotationDescr.unquote(value).trim());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}

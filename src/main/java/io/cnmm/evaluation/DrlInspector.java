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
    Optional<String> inspect(DrlText drl) {
        problems.addAll(RuleCodeSandbox.check(drl));
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, new StringReader(drl.text()));
        } catch (DroolsParserException e) {
            problems.add(drl.problem(null, null, e.getMessage()));
            return Optional.empty();
        }
        if (parser.hasErrors() || pkg == null) {
            parser.getErrors().forEach(error -> problems.add(error instanceof ParserError parse
                    ? drl.problem(parse.getRow(), parse.getCol() + 1, parse.getMessage())
                    : drl.problem(null, null, error.getMessage())));
            return Optional.empty();
        }
        pkg.getRules().forEach(rule -> inspectRule(drl, rule));
        return Optional.of(pkg.getName());
    }

    List<SourceProblem> problems() {
        return problems;
    }

    List<CriterionRule> criteria() {
        return criteria;
    }

    private void inspectRule(DrlText file, RuleDescr rule) {
        String previous = ruleFiles.putIfAbsent(rule.getName(), file.file());
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
        // Gaps cite the expert's file: for a decision table, the row the rule was generated from.
        List<Requirement> requirements = read.requirements().stream().map(r -> new Requirement(r.fact(),
                r.required(), r.constraints(), file.position(r.line()))).toList();
        criteria.add(new CriterionRule(rule.getName(), indicator, level, file.file(), file.position(rule.getLine()),
                requirements, read.anyOf()));
    }

    /**
     * Every level above 1 of every indicator needs a criterion, or it would be reached for free.
     *
     * @param files the rule files read, to name the indicator's own file, a {@code .drl} or a decision table
     */
    void checkEveryLevelHasCriteria(List<String> files) {
        for (var indicator : model.indicators().values()) {
            String own = indicator.part() + "/" + indicator.domain() + "/" + indicator.id() + ".drl";
            String file = criteria.stream().filter(c -> c.indicator().equals(indicator.id())).map(CriterionRule::file)
                    .findFirst().orElse(files.stream().filter(f -> f.startsWith(own)).findFirst().orElse(own));
            for (int level = 2; level <= model.topLevel(); level++) {
                int wanted = level;
                if (criteria.stream().noneMatch(c -> c.indicator().equals(indicator.id()) && c.level() == wanted)) {
                    problems.add(SourceProblem.atLine(file, null, null, "indicator " + indicator.id()
                            + " has no criterion for level " + level + "; without one, level " + level
                            + " would be reached as soon as its facts are submitted"));
                }
            }
        }
    }

    private void problem(DrlText file, RuleDescr rule, String message) {
        problem(file, rule.getLine(), rule, message);
    }

    private void problem(DrlText file, int line, RuleDescr rule, String message) {
        problems.add(file.problem(line, null, "rule \"" + rule.getName() + "\": " + message));
    }

    private static Integer parseLevel(String value) {
        try {
            return Integer.valueOf(AnnotationDescr.unquote(value).trim());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}

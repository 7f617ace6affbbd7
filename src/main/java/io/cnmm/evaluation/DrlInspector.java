package io.cnmm.evaluation;

import io.cnmm.model.MaturityModel;
import io.cnmm.problem.SourceProblem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Reads DRL the way an expert wrote it, before Drools compiles it, and decides what is compiled.
 * A criteria file must have the one shape criteria have ({@link CriterionShape}); then each
 * criterion is read with its line and requirements, checked against the model (an unknown
 * indicator, a level outside the scale, a fact the indicator does not declare, the same rule name
 * twice), and written again as {@link CanonicalDrl}, which is what Drools compiles. Aggregation
 * rules, which are the server's own ({@link TrustedAggregation}), are compiled as written.
 */
final class DrlInspector {

    static final int MAX_CRITERIA = 5_000;
    static final int MAX_CRITERIA_PER_INDICATOR = 100;

    private final MaturityModel model;
    private final RequirementChecks requirementChecks;
    private final List<SourceProblem> problems = new ArrayList<>();
    private final List<CriterionRule> criteria = new ArrayList<>();
    private final Map<String, String> ruleFiles = new HashMap<>();
    /** {@code indicator@level} of criteria refused for their shape. */
    private final Set<String> refused = new HashSet<>();
    /** Files that did not parse: their levels are not reported missing, the syntax error says it all. */
    private final Set<String> unread = new HashSet<>();

    DrlInspector(MaturityModel model) {
        this.model = model;
        this.requirementChecks = new RequirementChecks(model);
    }

    /**
     * What to compile for a rule file: the DRL, in a package.
     *
     * @param drl the DRL to compile, with the expert's file and positions of the file it came from
     */
    record Compiled(String pkg, DrlText drl) {
    }

    /**
     * The DRL to compile for this file, or empty when it does not parse or is not a criteria file
     * (the problems say why).
     *
     * @param trusted whether the file is one of the server's own aggregation rules, compiled as written
     */
    Optional<Compiled> inspect(DrlText drl, boolean trusted) {
        List<SourceProblem> tooCostly = trusted ? List.of() : ParserBudget.check(drl);
        if (!tooCostly.isEmpty()) {
            problems.addAll(tooCostly);
            return Optional.empty();
        }
        Optional<PackageDescr> parsed = parse(drl);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        PackageDescr pkg = parsed.get();
        if (trusted) {
            pkg.getRules().forEach(rule -> claimName(drl, rule));
            return Optional.of(new Compiled(pkg.getName(), drl));
        }
        List<SourceProblem> shape = CriterionShape.checkPackage(drl, pkg);
        problems.addAll(shape);
        CanonicalDrl canonical = new CanonicalDrl(pkg.getName());
        for (RuleDescr rule : pkg.getRules()) {
            List<SourceProblem> ruleShape = CriterionShape.checkRule(drl, rule);
            if (ruleShape.isEmpty()) {
                inspectRule(drl, rule, canonical);
            } else { // reported; nothing is compiled, but the rule still counts for its level, so no "level without criteria" follows
                problems.addAll(ruleShape);
                refused.add(levelKey(rule));
            }
        }
        return shape.isEmpty() ? Optional.of(new Compiled(pkg.getName(), drl.withText(canonical.text()))) : Optional.empty();
    }

    /** Drools' reading of the file, or empty when it does not parse (the problems say why). */
    private Optional<PackageDescr> parse(DrlText drl) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, new StringReader(drl.text()));
        } catch (DroolsParserException e) {
            unread.add(drl.file());
            problems.add(drl.problem(null, null, e.getMessage()));
            return Optional.empty();
        } catch (StackOverflowError e) { // the parser descends once per bracket: a file of brackets is refused, not a crash
            problems.add(drl.problem(null, null, "the file nests brackets too deeply to be read"));
            return Optional.empty();
        }
        if (parser.hasErrors() || pkg == null) {
            // The first error alone: the ones after it, and the levels the file no longer defines, are its echoes.
            unread.add(drl.file());
            parser.getErrors().stream().findFirst().ifPresentOrElse(error -> problems.add(error instanceof ParserError parse
                    ? SyntaxHints.located(drl, parse.getRow(), parse.getCol() + 1, parse.getMessage())
                    : drl.problem(null, null, error.getMessage())),
                    () -> problems.add(drl.problem(null, null, "the file could not be read as DRL")));
            return Optional.empty();
        }
        return Optional.of(pkg);
    }

    List<SourceProblem> problems() {
        return problems;
    }

    List<CriterionRule> criteria() {
        return criteria;
    }

    private void claimName(DrlText file, RuleDescr rule) {
        String previous = ruleFiles.putIfAbsent(rule.getName(), file.file());
        if (previous != null) {
            problem(file, rule, "rule name \"" + rule.getName() + "\" is also used in " + previous
                    + "; rule names are unique across the ruleset");
        }
    }

    private void inspectRule(DrlText file, RuleDescr rule, CanonicalDrl canonical) {
        claimName(file, rule);
        AnnotationDescr indicatorTag = rule.getAnnotation("indicator");
        AnnotationDescr levelTag = rule.getAnnotation("level");
        if (indicatorTag == null || levelTag == null) {
            problem(file, rule, "a criterion rule needs both @indicator and @level (rules without them, "
                    + "the aggregation rules, are the server's own and live in aggregation/)");
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
        RequirementReader.Result read = RequirementReader.read(rule.getLhs());
        for (Requirement requirement : read.requirements()) {
            requirementChecks.check(indicator, requirement).forEach(finding -> problem(file,
                    finding.line() == null ? rule.getLine() : finding.line(), rule, finding.message()));
        }
        // Gaps cite the expert's file: for a decision table, the row the rule was generated from.
        List<Requirement> requirements = read.requirements().stream().map(r -> new Requirement(r.fact(),
                r.required(), r.constraints(), file.position(r.line()))).toList();
        CriterionRule criterion = new CriterionRule(rule.getName(), indicator, level, file.file(),
                file.position(rule.getLine()), requirements, read.anyOf());
        criteria.add(criterion);
        canonical.add(rule.getLine(), criterion, read.requirements());
    }

    /**
     * A ruleset holds at most {@value #MAX_CRITERIA} criteria, and an indicator at most
     * {@value #MAX_CRITERIA_PER_INDICATOR}: about six times what the shipped ruleset has (877, and 17),
     * and what bounds the time Drools and the level checks take to compile and reason about an upload.
     */
    void checkCounts() {
        if (criteria.size() > MAX_CRITERIA) {
            problems.add(SourceProblem.atLine("(the ruleset)", null, null, "the ruleset has " + criteria.size()
                    + " criteria; a ruleset holds at most " + MAX_CRITERIA));
        }
        Map<String, List<CriterionRule>> byIndicator = criteria.stream()
                .collect(java.util.stream.Collectors.groupingBy(CriterionRule::indicator));
        byIndicator.forEach((indicator, rules) -> {
            if (rules.size() > MAX_CRITERIA_PER_INDICATOR) {
                problems.add(SourceProblem.atLine(rules.get(0).file(), null, null, "indicator " + indicator + " has "
                        + rules.size() + " criteria; an indicator has at most " + MAX_CRITERIA_PER_INDICATOR));
            }
        });
    }

    /**
     * Every level above 1 of every indicator needs a criterion, or it would be reached for free.
     *
     * @param files the rule files read, to name the indicator's own file, a {@code .drl} or a decision table
     */
    void checkEveryLevelHasCriteria(List<String> files) {
        for (var indicator : model.indicators().values()) {
            String own = indicator.part() + "/" + indicator.domain() + "/" + indicator.id() + ".drl";
            if (unread.stream().anyMatch(f -> f.startsWith(own))) {
                continue;
            }
            String file = criteria.stream().filter(c -> c.indicator().equals(indicator.id())).map(CriterionRule::file)
                    .findFirst().orElse(files.stream().filter(f -> f.startsWith(own)).findFirst().orElse(own));
            for (int level = 2; level <= model.topLevel(); level++) {
                int wanted = level;
                if (criteria.stream().noneMatch(c -> c.indicator().equals(indicator.id()) && c.level() == wanted)
                        && !refused.contains(indicator.id() + "@" + wanted)) {
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

    /** {@code T-RM-01@3}, from a rule's annotations whatever else is wrong with it. */
    private static String levelKey(RuleDescr rule) {
        AnnotationDescr indicator = rule.getAnnotation("indicator");
        AnnotationDescr level = rule.getAnnotation("level");
        return (indicator == null ? "" : AnnotationDescr.unquote(indicator.getSingleValueAsString())) + "@"
                + (level == null ? "" : parseLevel(level.getSingleValueAsString()));
    }

    private static Integer parseLevel(String value) {
        try {
            return Integer.valueOf(AnnotationDescr.unquote(value).trim());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}

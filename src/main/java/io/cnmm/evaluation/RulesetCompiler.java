package io.cnmm.evaluation;

import io.cnmm.model.MaturityModel;
import io.cnmm.problem.SourceProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles rule files at run time into a {@link Ruleset}. Nothing is baked into the application:
 * whatever the rules folder holds when this runs is what evaluations use. Nothing of it runs, not
 * even at compile time, before it has passed the checks: criteria are compiled from DRL written
 * again from their checked parse ({@link DrlInspector}), aggregation rules only when they are a set
 * the server trusts ({@link TrustedAggregation}).
 *
 * <p>Uses the interpreted DRL build ({@link DrlProject}) because it reports errors at the expert's
 * own line and compiles about twice as fast as the executable model.
 */
public final class RulesetCompiler {

    private static final String RESOURCES = "src/main/resources/";

    private final MaturityModel model;
    private final TrustedAggregation trusted;

    /** @param trusted the aggregation rules this ruleset may use */
    public RulesetCompiler(MaturityModel model, TrustedAggregation trusted) {
        this.model = model;
        this.trusted = trusted;
    }

    public Ruleset compile(List<RuleSource> sources) {
        DrlInspector inspector = new DrlInspector(model);
        KieServices kie = KieServices.get();
        KieFileSystem files = kie.newKieFileSystem();
        List<SourceProblem> problems = new ArrayList<>(trusted.check(sources));
        Set<String> aggregationPaths = new TreeSet<>();
        Map<String, DrlText> placed = place(sources, inspector, files, problems, aggregationPaths);
        inspector.checkCounts();
        inspector.checkEveryLevelHasCriteria(sources.stream().map(RuleSource::path).toList());
        problems.addAll(inspector.problems());
        if (problems.isEmpty()) {
            // Only criteria that read well can be reasoned about as a whole.
            problems.addAll(LevelChecks.check(model, inspector.criteria()));
        }
        if (!problems.isEmpty()) {
            throw new RulesetException(problems);
        }
        ReleaseId release = kie.newReleaseId("io.cnmm.rules", "ruleset", "1.0.0-" + UUID.randomUUID());
        files.generateAndWritePomXML(release);
        KieBuilder builder = kie.newKieBuilder(files, RuleClassLoader.INSTANCE).buildAll(DrlProject.class);
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "?" : message.getPath().replaceFirst("^" + RESOURCES, "");
            DrlText drl = placed.get(path);
            String text = tidy(message.getText());
            problems.add(drl == null ? SourceProblem.atLine(path, message.getLine(), message.getColumn(), text)
                    : drl.problem(message.getLine(), message.getColumn(), text));
        }
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(release);
            throw new RulesetException(problems);
        }
        KieContainer container = kie.newKieContainer(release, RuleClassLoader.INSTANCE);
        // The module is not needed once the rule base exists; keeping it would grow memory per reload.
        kie.getRepository().removeKieModule(release);
        Map<String, String> ruleFiles = new HashMap<>();
        container.getKieBase().getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            DrlText drl = placed.get(sourcePath(rule));
            ruleFiles.put(rule.getName(), drl == null ? sourcePath(rule) : drl.file());
        }));
        return new Ruleset(container.getKieBase(), aggregationBase(kie, placed, aggregationPaths),
                RuleSources.digest(sources, model.digest()), inspector.criteria(), ruleFiles,
                AdviceChecks.check(model, inspector.criteria()));
    }

    /**
     * The aggregation rules alone, from the DRL just compiled with the rest: a network small enough that
     * running the aggregation again for each step of advice is cheap ({@link StepEffects}). Built apart,
     * as a second rule base of the same build would need Drools' XML support for the module descriptor.
     */
    private static KieBase aggregationBase(KieServices kie, Map<String, DrlText> placed, Set<String> paths) {
        KieFileSystem files = kie.newKieFileSystem();
        paths.forEach(path -> files.write(RESOURCES + path, placed.get(path).text()));
        ReleaseId release = kie.newReleaseId("io.cnmm.rules", "aggregation", "1.0.0-" + UUID.randomUUID());
        files.generateAndWritePomXML(release);
        KieBuilder builder = kie.newKieBuilder(files, RuleClassLoader.INSTANCE).buildAll(DrlProject.class);
        try {
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                throw new IllegalStateException("aggregation rules that compiled with the ruleset do not compile alone: "
                        + builder.getResults().getMessages(Message.Level.ERROR));
            }
            // Kept whole: removing the indicator-level rules from the built base would rewire its classes
            // dynamically, and concurrent first firings then defined the same consequence class twice
            // (LinkageError under load). StepEffects fires only the later stages, through an agenda filter.
            return kie.newKieContainer(release, RuleClassLoader.INSTANCE).getKieBase();
        } finally {
            kie.getRepository().removeKieModule(release);
        }
    }

    /**
     * Writes the DRL to compile for every file that reads and inspects well where Drools expects it, under the
     * folder of its package (else a warning per file), always as {@code .drl}: DRL generated from a
     * decision table must not be taken for a table again.
     *
     * @param aggregationPaths filled with the paths the aggregation rules were placed at
     * @return the DRL by the path it was placed at, to find the expert's file again
     */
    private static Map<String, DrlText> place(List<RuleSource> sources, DrlInspector inspector, KieFileSystem files,
                                             List<SourceProblem> problems, Set<String> aggregationPaths) {
        Map<String, DrlText> placed = new HashMap<>();
        for (RuleSource source : sources) {
            DrlText drl;
            try {
                drl = DrlText.of(source);
            } catch (RulesetException e) {
                problems.addAll(e.problems());
                continue;
            }
            inspector.inspect(drl, TrustedAggregation.isAggregation(source)).ifPresent(compiled -> {
                String folder = compiled.pkg().replace('.', '/') + "/";
                String name = drlName(source.path());
                String path = folder + name;
                for (int n = 2; placed.containsKey(path); n++) {
                    path = folder + name.replaceFirst("\\.drl$", "-" + n + ".drl");
                }
                placed.put(path, compiled.drl());
                if (TrustedAggregation.isAggregation(source)) {
                    aggregationPaths.add(path);
                }
                files.write(RESOURCES + path, compiled.drl().text());
            });
        }
        return placed;
    }

    private static String sourcePath(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            return impl.getResource().getSourcePath().replaceFirst("^" + RESOURCES, "");
        }
        return "?";
    }

    /**
     * MVEL reports over several lines, with a caret drawing; experts get one sentence. The
     * position is already in the problem's line and column.
     */
    static String tidy(String text) {
        return io.cnmm.problem.JavaNames.removedFrom(text).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("[Near") && !line.startsWith("[Line:") && !line.equals("^"))
                .map(line -> line.replaceFirst("^\\[Error: (.*)]$", "$1"))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** {@code T/T-OM/T-OM-06.drl.csv} is placed as {@code T-OM-06.drl}. */
    private static String drlName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.drl\\.(csv|xlsx|xls)$", ".drl");
    }
}

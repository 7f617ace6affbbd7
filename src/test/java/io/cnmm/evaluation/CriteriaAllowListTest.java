package io.cnmm.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnmm.authoring.Installation;
import io.cnmm.authoring.RulesWorkspace;
import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.HostileRules;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruleset can express criteria over submitted facts and nothing else: every hostile rule file of
 * the corpus is refused at its line, by the checks alone, with nothing run (no marker written, no
 * process started), when compiled the way the server compiles an upload.
 */
class CriteriaAllowListTest {

    private static final Installation SERVER = Installation.of(ShippedModel.RULES, ShippedModel.MODEL_DATA);

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> refusesEveryHostileFileAtItsLineWithoutRunningIt() {
        Path marker = temp.resolve("marker");
        return HostileRules.corpus(marker).stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
            Workspace workspace = Workspace.copyOfShipped(temp.resolve(hostile.name()));
            workspace.write(workspace.rules().resolve(hostile.path()), hostile.content());
            long children = ProcessHandle.current().descendants().count();

            List<SourceProblem> problems = assertThrows(RulesetException.class, () -> compileAsTheServer(workspace)).problems();

            assertThat(problems).as(problems.toString()).anySatisfy(p -> {
                assertEquals("rules/" + hostile.path(), p.file());
                assertEquals(hostile.line(), p.line());
                assertThat(p.message()).contains(hostile.fragment());
            });
            assertFalse(marker.toFile().exists(), "the hostile file ran");
            assertEquals(children, ProcessHandle.current().descendants().count(), "a process was started");
        }));
    }

    @Test
    void acceptsEveryShippedRuleFileAsTheServerCompilesThem() {
        Ruleset ruleset = new RulesWorkspace(ShippedModel.RULES, ShippedModel.MODEL_DATA).compile(SERVER).ruleset();
        assertEquals(ShippedModel.evaluator().ruleset().criteria().keySet(), ruleset.criteria().keySet());
    }

    @Test
    void refusesAggregationRulesThatDifferFromTheServersByOneByte() {
        Workspace workspace = Workspace.copyOfShipped(temp);
        workspace.edit(workspace.rules().resolve("aggregation/overall-level.drl"), "is the lowest", "is the lowest ");
        String digest = TrustedAggregation.digest(RuleSources.read(workspace.rules()));
        assertThat(assertThrows(RulesetException.class, () -> compileAsTheServer(workspace)).problems())
                .extracting(SourceProblem::file, SourceProblem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rules/aggregation/overall-level.drl", "differs from the server's own "
                                + "file: aggregation rules are code, so they come from the server's installation; leave "
                                + "rules/aggregation/ out of an upload, or keep it byte for byte the server's"),
                        org.assertj.core.groups.Tuple.tuple("rules/aggregation/", "these aggregation rules (" + digest
                                + ") are not a set the server trusts"));
    }

    @Test
    void trustsAnEarlierAggregationSetTheOperatorNamesByDigest() {
        Workspace workspace = Workspace.copyOfShipped(temp);
        workspace.edit(workspace.rules().resolve("aggregation/overall-level.drl"), "is the lowest", "is the lowest ");
        String earlier = TrustedAggregation.digest(RuleSources.read(workspace.rules()));
        Installation upgraded = new Installation(SERVER.aggregation().andDigests(List.of(earlier)), SERVER.schemas(), SERVER.limits());
        assertEquals(ShippedModel.evaluator().ruleset().criteria().size(),
                new RulesWorkspace(workspace.rules(), workspace.modelData()).compile(upgraded).ruleset().criteria().size());
    }

    @Test
    void refusesAFileOfNestedBracketsAsAProblemNotACrash() {
        Workspace workspace = Workspace.copyOfShipped(temp);
        workspace.write(workspace.rules().resolve("T/T-RM/nested.drl"), "package rules.t.rm;\nrule \"nested\" when\n"
                + "    Fact(number >= " + "(".repeat(200_000) + "1" + ")".repeat(200_000) + ")\nthen end\n");
        assertThat(assertThrows(RulesetException.class, () -> compileAsTheServer(workspace)).problems()).anySatisfy(p -> {
            assertEquals("rules/T/T-RM/nested.drl", p.file());
            assertEquals(3, p.line());
            assertThat(p.message()).startsWith("the file is refused before it is read: brackets nested more than 8 deep");
        });
    }

    /** Text on which Drools' parser takes time that doubles with each group: 22 are seconds to a minute. */
    @TestFactory
    Stream<DynamicTest> refusesTextThatWouldHoldTheParserForMinutesBeforeParsingIt() {
        return Stream.of("(a)", "!(a)", "(a)b", "[", "a[").map(shape -> DynamicTest.dynamicTest(shape, () -> {
            Workspace workspace = Workspace.copyOfShipped(temp.resolve(String.valueOf(shape.hashCode())));
            workspace.write(workspace.rules().resolve("T/T-RM/slow.drl"), "package rules.t.rm;\nrule \"slow\" when\n"
                    + "    Fact(key == \"containerized_pct\", number >= " + shape.repeat(22) + "25)\nthen end\n");
            assertThat(assertThrows(RulesetException.class, () -> compileAsTheServer(workspace)).problems()).anySatisfy(p -> {
                assertEquals("rules/T/T-RM/slow.drl", p.file());
                assertEquals(3, p.line());
                assertThat(p.message()).startsWith("the file is refused before it is read: more than");
            });
        }));
    }

    @Test
    void refusesMoreCriteriaForOneIndicatorThanTheChecksCanReasonAbout() {
        Workspace workspace = Workspace.copyOfShipped(temp);
        StringBuilder many = new StringBuilder("package rules.t.rm.many;\nimport io.cnmm.vocabulary.*;\n");
        for (int i = 0; i < DrlInspector.MAX_CRITERIA_PER_INDICATOR; i++) {
            many.append("rule \"T-RM-01 level 2: more ").append(i).append("\" @indicator(\"T-RM-01\") @level(2) when ")
                    .append("Fact(key == \"containerized_pct\", number >= 25) then insert(new CriterionMet(kcontext)); end\n");
        }
        workspace.write(workspace.rules().resolve("T/T-RM/many.drl"), many.toString());
        assertThat(assertThrows(RulesetException.class, () -> compileAsTheServer(workspace)).problems()).anySatisfy(p ->
                assertThat(p.message()).isEqualTo("indicator T-RM-01 has " + (DrlInspector.MAX_CRITERIA_PER_INDICATOR + 6)
                        + " criteria; an indicator has at most " + DrlInspector.MAX_CRITERIA_PER_INDICATOR));
    }

    @Test
    void refusesANumberWithALeadingZeroWhichTheEngineWouldReadAsOctal() {
        Workspace workspace = Workspace.copyOfShipped(temp);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "number >= 25)", "number >= 025)");
        assertThat(assertThrows(RulesetException.class, () -> compileAsTheServer(workspace)).problems()).anySatisfy(p -> {
            assertEquals(11, p.line());
            assertThat(p.message()).contains("'number >= 025' is none of the vocabulary's conditions");
        });
    }

    @Test
    void refusesAJavaKeywordInThePackage() {
        Workspace workspace = Workspace.copyOfShipped(temp);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "package rules.t.rm;", "package rules.t.new;");
        assertThat(assertThrows(RulesetException.class, () -> compileAsTheServer(workspace)).problems()).anySatisfy(p ->
                assertThat(p.message()).contains("without Java's keywords, was \"rules.t.new\""));
    }

    @Test
    void reasonsAboutBoundsAsLargeAsADoubleHolds() {
        Workspace workspace = Workspace.copyOfShipped(temp);
        workspace.edit(workspace.modelData().resolve("T/T-OM/T-OM-06.yaml"), "    type: duration\n",
                "    type: duration\n    min: 1.0e+308\n    max: 1.7e+308\n");
        assertThat(assertThrows(RulesetException.class, () -> compileAsTheServer(workspace)).problems())
                .allSatisfy(p -> assertEquals("rules/T/T-OM/T-OM-06.drl.csv", p.file()))
                .anySatisfy(p -> assertThat(p.message()).contains("can never reach level 2"));
    }

    @Test
    void compilesWhatWasCheckedNotWhatWasWritten() {
        Workspace workspace = Workspace.copyOfShipped(temp);
        workspace.edit(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), "Fact(key == \"containerized_pct\", number >= 25)",
                "Fact( key==\"containerized_pct\" ,number>=25 )");
        Ruleset ruleset = compileAsTheServer(workspace).ruleset();
        CriterionRule criterion = ruleset.criteria().get("T-RM-01 level 2: at least 25 % of applications run in containers");
        assertEquals(List.of("number>=25"), criterion.requirements().get(0).constraints());
        assertEquals(11, criterion.requirements().get(0).line());
    }

    /** As the server compiles an upload: problems name files from the bundle's root. */
    private static Evaluator compileAsTheServer(Workspace workspace) {
        return new RulesWorkspace(workspace.rules(), workspace.modelData(), "rules", "model-data").compile(SERVER);
    }
}

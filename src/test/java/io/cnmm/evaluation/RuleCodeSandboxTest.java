package io.cnmm.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule code that reaches outside the evaluation is refused at its file, line and column. */
class RuleCodeSandboxTest {

    @TempDir
    Path root;

    @Test
    void refusesSystemInAnAggregationConsequenceThroughTheCompiler() {
        Workspace workspace = Workspace.copyOfShipped(root);
        workspace.edit(workspace.rules().resolve("aggregation/overall-level.drl"),
                "    insert(new OverallLevel($lowest.intValue(), (List) $inputs));",
                "    insert(new OverallLevel($lowest.intValue(), (List) $inputs)); System.exit(0);");
        List<SourceProblem> problems = assertThrows(RulesetException.class,
                () -> workspace.compile(workspace.model())).problems();
        assertThat(problems).containsExactly(SourceProblem.atLine("aggregation/overall-level.drl", 17, 67,
                "rule code may not use System: rules only read facts and insert results"),
                SourceProblem.atLine("aggregation/overall-level.drl", 17, 74,
                "rule code may not use exit: rules only read facts and insert results"));
    }

    @Test
    void refusesAnImportOutsideTheAllowList() {
        List<SourceProblem> problems = check("""
                package rules.t.rm;
                import io.cnmm.vocabulary.*;
                import java.util.List;
                import java.nio.file.Files;
                """);
        assertEquals(1, problems.size());
        assertEquals(4, problems.get(0).line());
        assertEquals(8, problems.get(0).column());
        assertThat(problems.get(0).message()).startsWith("import java.nio.file.Files is not allowed: rules only read facts");
    }

    @Test
    void refusesReflectionThreadsAndIoInFunctionsEvalsAndFrom() {
        List<SourceProblem> problems = check("""
                package rules.t.rm;
                function int peek() { return Class.forName("x").hashCode(); }
                function void later() { new Thread(() -> {}).start(); }
                rule "r" when
                    eval(java.nio.file.Paths.get("/etc").toFile().exists())
                    $f : Fact() from java.net.InetAddress.getAllByName("x")
                then end
                """);
        assertThat(problems).extracting(p -> p.line() + ":" + p.column() + " " + p.message().replaceFirst(":.*", ""))
                .containsExactly("2:30 rule code may not use Class", "2:36 rule code may not use forName",
                        "3:29 rule code may not use Thread", "5:10 rule code may not use java.nio",
                        "5:24 rule code may not use Paths", "6:22 rule code may not use java.net");
    }

    @Test
    void refusesUnicodeEscapesWhichJavaReadsEvenInComments() {
        List<SourceProblem> problems = check("""
                rule "r" when then
                    // \\u000a \\u0053ystem.exit(0);
                end
                """);
        assertThat(problems).extracting(p -> p.line() + ":" + p.column() + " " + p.message()).containsExactly(
                "2:8 rule files may not use \\u escapes such as \\u000a: write the character itself",
                "2:15 rule files may not use \\u escapes such as \\u0053: write the character itself");
    }

    @Test
    void letsRuleNamesCommentsAndStringsMentionAnything() {
        assertEquals(List.of(), check("""
                // Runtime and System are words experts may use in comments
                /* so is Thread.sleep(1000); and java.io.File */
                package rules.t.rm;
                import io.cnmm.vocabulary.*;
                rule "System resilience: the exit criteria of a \\"Thread\\" are met"
                when Fact(key == "System.exit", choice == 'Runtime') then insert(new CriterionMet(kcontext)); end
                """));
    }

    @Test
    void acceptsEveryShippedRuleFile() {
        assertEquals(List.of(), RuleSources.read(ShippedModel.RULES).stream()
                .flatMap(source -> RuleCodeSandbox.check(DrlText.of(source)).stream()).toList());
    }

    private static List<SourceProblem> check(String drl) {
        return RuleCodeSandbox.check(DrlText.of(RuleSource.ofText("T/T-RM/sample.drl", drl)));
    }

    @Test
    void refusesTheServicesOwnObjectsReachedByQualifiedNames() {
        List<SourceProblem> problems = check("""
                package rules.aggregation;
                function Object peek() {
                    return io.quarkus.arc.Arc.container().select(jakarta.persistence.EntityManager.class).get();
                }
                function Object also() { return org.hibernate.Session.class; }
                function Object fine() { return io.cnmm.vocabulary.MaturityLevel.values(); }
                """);
        assertThat(problems).extracting(p -> p.line() + ":" + p.column() + " " + p.message().replaceFirst(":.*", ""))
                .containsExactly("3:12 rule code may not use io", "3:27 rule code may not use Arc",
                        "3:50 rule code may not use jakarta", "3:70 rule code may not use EntityManager",
                        "3:84 rule code may not use class", "5:33 rule code may not use org",
                        "5:55 rule code may not use class");
    }
}

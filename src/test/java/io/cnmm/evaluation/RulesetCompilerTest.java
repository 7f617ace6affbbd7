package io.cnmm.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule file is refused with the expert's own file and line, never half-loaded. */
class RulesetCompilerTest {

    @TempDir
    Path root;

    private Workspace workspace;
    private Path file;

    @BeforeEach
    void copyShipped() {
        workspace = Workspace.copyOfShipped(root);
        file = workspace.rules().resolve("T/T-RM/T-RM-01.drl");
    }

    @Test
    void reportsASyntaxErrorAtItsLine() {
        workspace.edit(file, "    Fact(key == \"containerized_pct\", number >= 25)", "    Fact(key == \"containerized_pct\", number >= 25");
        SourceProblem problem = problems().get(0);
        assertEquals("T/T-RM/T-RM-01.drl", problem.file());
        assertThat(problem.line()).isBetween(12, 14);
    }

    @Test
    void reportsAnUnknownPropertyAtItsLine() {
        workspace.edit(file, "number >= 25", "numbr >= 25");
        assertThat(problems()).anySatisfy(p -> {
            assertEquals("T/T-RM/T-RM-01.drl", p.file());
            assertEquals(11, p.line());
            assertThat(p.message()).isEqualTo("Unable to Analyse Expression numbr >= 25: "
                    + "unable to resolve method using strict-mode: io.cnmm.vocabulary.Fact.numbr()");
        });
    }

    @Test
    void refusesAnUnknownIndicator() {
        workspace.edit(file, "@indicator(\"T-RM-01\") @level(2)", "@indicator(\"T-RM-99\") @level(2)");
        assertThat(problems()).anySatisfy(p -> {
            assertEquals(8, p.line());
            assertThat(p.message()).contains("@indicator(\"T-RM-99\") is not an indicator of model-data");
        });
    }

    @Test
    void refusesALevelOutsideTheScale() {
        workspace.edit(file, "@level(2)", "@level(6)");
        assertThat(problems()).anySatisfy(p -> assertThat(p.message()).contains("must be a level from 2 to 5"));
    }

    @Test
    void refusesAFactTheIndicatorDoesNotDeclare() {
        workspace.edit(file, "key == \"containerized_pct\", number >= 25", "key == \"lead_time_median\", number >= 25");
        assertThat(problems()).anySatisfy(p -> assertThat(p.message())
                .contains("fact \"lead_time_median\" belongs to T-RD-05, not to T-RM-01"));
    }

    @Test
    void refusesAnUndeclaredFact() {
        workspace.edit(file, "key == \"containerized_pct\", number >= 25", "key == \"containerised_pct\", number >= 25");
        assertThat(problems()).anySatisfy(p -> assertThat(p.message())
                .contains("fact \"containerised_pct\" is not declared in model-data"));
    }

    @Test
    void refusesTheSameRuleNameTwice() {
        workspace.write(workspace.rules().resolve("T/T-RM/copy.drl"), """
                package rules.t.rm.copy;
                import io.cnmm.vocabulary.*;
                rule "T-RM-01 level 2: at least 25 % of applications run in containers"
                    @indicator("T-RM-01") @level(2)
                when
                    Fact(key == "containerized_pct", number >= 25)
                then
                    insert(new CriterionMet(kcontext));
                end
                """);
        assertThat(problems()).anySatisfy(p -> assertThat(p.message()).contains("is also used in T/T-RM/T-RM-01.drl"));
    }

    @Test
    void readsWhatEachCriterionRequires() {
        Ruleset ruleset = workspace.compile(workspace.model());
        CriterionRule provisioning = ruleset.criteria()
                .get("T-RM-02 level 3: clusters are provisioned from infrastructure as code or declarative APIs");
        assertEquals(List.of(new Requirement("cluster_provisioning", "at least iac")), provisioning.requirements());
        CriterionRule containers = ruleset.criteria().get("T-RM-01 level 4: at least 80 % of applications run in containers");
        assertEquals(List.of(new Requirement("containerized_pct", ">= 80")), containers.requirements());
        assertEquals("T/T-RM/T-RM-01.drl", containers.file());
    }

    private List<SourceProblem> problems() {
        return assertThrows(RulesetException.class, () -> workspace.compile(workspace.model())).problems();
    }
}

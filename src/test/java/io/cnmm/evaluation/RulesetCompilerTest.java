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
            assertThat(p.message()).contains("'numbr >= 25' is none of the vocabulary's conditions");
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
    void refusesAnOptionTheChoiceDoesNotDeclare() {
        Path provisioning = workspace.rules().resolve("T/T-RM/T-RM-02.drl");
        workspace.edit(provisioning, "atLeast(\"iac\")", "atLeast(\"terraform\")");
        assertThat(problems()).anySatisfy(p -> assertThat(p.message())
                .contains("'terraform' is not an option of \"cluster_provisioning\": [manual, scripted, iac, declarative_api]"));
    }

    @Test
    void refusesTheWrongAccessorForAFactsType() {
        workspace.edit(file, "Fact(key == \"base_image_catalog\", flag == true)", "Fact(key == \"base_image_catalog\", number >= 1)");
        assertThat(problems()).anySatisfy(p -> assertThat(p.message())
                .contains("fact \"base_image_catalog\" is a flag fact: read it with flag, not number"));
    }

    @Test
    void refusesAConsequenceThatDoesMoreThanRecordTheCriterion() {
        workspace.edit(file, "then\n    insert(new CriterionMet(kcontext));", "then\n    System.exit(1);");
        assertThat(problems()).anySatisfy(p -> assertThat(p.message())
                .contains("a criterion's consequence is exactly insert(new CriterionMet(kcontext))"));
    }

    @Test
    void refusesAConditionAGapCouldNotState() {
        workspace.edit(file, "    Fact(key == \"containerized_pct\", number >= 25)", "    not Fact(key == \"containerized_pct\", number < 25)");
        assertThat(problems()).anySatisfy(p -> assertThat(p.message()).contains("not is not allowed in a criterion (a criterion's condition is Fact patterns"));
    }

    @Test
    void refusesALevelWithoutCriteria() {
        workspace.write(workspace.rules().resolve("T/T-RM/T-RM-01.drl"), """
                package rules.t.rm;
                import io.cnmm.vocabulary.*;
                rule "T-RM-01 level 2: at least 25 % of applications run in containers"
                    @indicator("T-RM-01") @level(2)
                when Fact(key == "containerized_pct", number >= 25) then insert(new CriterionMet(kcontext)); end
                """);
        assertThat(problems()).anySatisfy(p -> {
            assertEquals("T/T-RM/T-RM-01.drl", p.file());
            assertThat(p.message()).contains("indicator T-RM-01 has no criterion for level 3");
        });
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
        assertEquals("cluster_provisioning", provisioning.requirements().get(0).fact());
        assertEquals("at least iac", provisioning.requirements().get(0).required());
        CriterionRule containers = ruleset.criteria().get("T-RM-01 level 4: at least 80 % of applications run in containers");
        assertEquals(">= 80", containers.requirements().get(0).required());
        assertEquals("T/T-RM/T-RM-01.drl", containers.file());
    }

    private List<SourceProblem> problems() {
        return assertThrows(RulesetException.class, () -> workspace.compile(workspace.model())).problems();
    }
}

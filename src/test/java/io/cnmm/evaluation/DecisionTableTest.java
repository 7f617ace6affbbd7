package io.cnmm.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.IntNode;
import io.cnmm.problem.SourceProblem;
import io.cnmm.testsupport.ShippedModel;
import io.cnmm.testsupport.Workbooks;
import io.cnmm.testsupport.Workspace;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator's criteria written as a decision table are checked, evaluated, explained and traced
 * like DRL, and every problem points at the spreadsheet row an expert can fix. T-OM-06 ships as one.
 */
class DecisionTableTest {

    private static final String TABLE = "T/T-OM/T-OM-06.drl.csv";
    private static final String LEVEL_4 = "T-OM-06 level 4: failed deployments are recovered in less than a day (median)";

    @TempDir
    Path root;

    private Workspace workspace;
    private Path table;

    @BeforeEach
    void copyShipped() {
        workspace = Workspace.copyOfShipped(root);
        table = workspace.rules().resolve(TABLE);
    }

    @Test
    void readsEachRowAsACriterionOfTheSpreadsheet() {
        CriterionRule level4 = ShippedModel.evaluator().ruleset().criteria().get(LEVEL_4);
        assertEquals("T-OM-06", level4.indicator());
        assertEquals(4, level4.level());
        assertEquals(TABLE, level4.file());
        assertEquals(14, level4.line());
        assertEquals("< 1440", level4.requirements().get(0).required());
    }

    @Test
    void readsACsvTableExactlyAsDroolsOwnCsvParserDoes() {
        byte[] csv = workspace.read(table).getBytes(StandardCharsets.UTF_8);
        String drools = new SpreadsheetCompiler().compile(new ByteArrayInputStream(csv), InputType.CSV);
        assertEquals(drools, DecisionTable.toDrl(new RuleSource(TABLE, csv)).text());
    }

    @Test
    void aGapOfATableCriterionShowsTheRequiredAndTheSubmittedValueAtItsRow() {
        IndicatorResult recovery = indicator(ShippedModel.evaluator().evaluate(recoveryIn(1440)), "T-OM-06");
        assertEquals(3, recovery.level());
        Gap gap = recovery.gaps().get(0);
        assertEquals(LEVEL_4, gap.criterion());
        assertEquals(TABLE, gap.file());
        assertEquals(14, gap.line());
        assertEquals(new Gap.Check("fdrt_median_90d", "< 1440", 1440L, "minutes"), gap.checks().get(0));
    }

    @Test
    void theTraceNamesTheSpreadsheet() {
        EvaluationResult result = ShippedModel.evaluator().evaluate(recoveryIn(59));
        assertThat(result.trace()).filteredOn(e -> "T-OM-06".equals(e.indicator()))
                .hasSize(4)
                .allSatisfy(e -> assertEquals(TABLE, e.file()));
    }

    @Test
    void refusesALevelOutsideTheScaleAtItsRow() {
        workspace.edit(table, "T-OM-06,3,<= 10080", "T-OM-06,7,<= 10080");
        assertThat(problems()).anySatisfy(p -> {
            assertEquals(TABLE, p.file());
            assertEquals(13, p.line());
            assertThat(p.message()).startsWith("row 13: rule \"T-OM-06 level 3: failed deployments are recovered within a week (median)\"")
                    .contains("@level(7) must be a level from 2 to 5");
        });
    }

    @Test
    void refusesAnUndeclaredFactAtEveryRowThatReadsIt() {
        workspace.edit(table, "key == \"\"fdrt_median_90d\"\"", "key == \"\"fdrt_median\"\"");
        List<SourceProblem> problems = problems().stream().filter(p -> p.message().contains("fdrt_median\" is not declared")).toList();
        assertEquals(List.of(12, 13, 14, 15), problems.stream().map(SourceProblem::line).toList());
        assertThat(problems).allSatisfy(p -> assertEquals(TABLE, p.file()));
    }

    @Test
    void reportsACellThatMakesBadDrlAtItsRow() {
        workspace.edit(table, "T-OM-06,4,< 1440", "T-OM-06,4,1440");
        assertThat(problems()).anySatisfy(p -> {
            assertEquals(TABLE, p.file());
            assertEquals(14, p.line());
            assertThat(p.message()).startsWith("row 14: ").contains("mismatched input '1440'").doesNotContain("Line ");
        });
    }

    @Test
    void reportsAMalformedTableAtTheCellDroolsNames() {
        workspace.edit(table, "< 60,X", "< 60,X,stray");
        List<SourceProblem> problems = problems();
        assertEquals(15, problems.get(0).line());
        assertThat(problems.get(0).message()).contains("the decision table cannot be read")
                .contains("cell F15 does not have an 'ACTION' or 'CONDITION' column header");
        // The levels left without criteria are reported at the table too, not at a .drl that does not exist.
        assertThat(problems).allSatisfy(p -> assertEquals(TABLE, p.file()));
    }

    @Test
    void reportsAMalformedTableWithoutARowWhenDroolsNamesNone() {
        workspace.edit(table, "RuleTable T-OM-06", "Rule Table T-OM-06");
        SourceProblem problem = problems().get(0);
        assertEquals(TABLE, problem.file());
        assertEquals(null, problem.line());
        assertThat(problem.message()).contains("No RuleTable cells in spreadsheet");
    }

    @Test
    void saysAProblemOutsideAnyRowCameFromTheTable() {
        workspace.edit(table, "Import,io.cnmm.vocabulary.*", "Import,\"io.cnmm.vocabulary.*, io.cnmm.nothing.Here\"");
        assertThat(problems()).anySatisfy(p -> {
            assertEquals(TABLE, p.file());
            assertThat(p.message()).endsWith("(generated from the table)");
        });
    }

    @Test
    void namesTheTableWhenALevelHasNoCriterion() {
        workspace.edit(table, "T-OM-06 level 5: failed deployments are recovered in less than an hour (median),T-OM-06,5,< 60,X\n", "");
        assertThat(problems()).anySatisfy(p -> {
            assertEquals(TABLE, p.file());
            assertThat(p.message()).contains("indicator T-OM-06 has no criterion for level 5");
        });
    }

    @Test
    void evaluatesAnExcelWorkbookLikeItsCsv() {
        workspace.write(workspace.rules().resolve("T/T-OM/T-OM-06.drl.xlsx"), Workbooks.xlsx(workspace.read(table)))
                .delete(table);
        EvaluationResult result = workspace.evaluator().evaluate(recoveryIn(1440));
        Gap gap = indicator(result, "T-OM-06").gaps().get(0);
        assertEquals(new Gap.Check("fdrt_median_90d", "< 1440", 1440L, "minutes"), gap.checks().get(0));
        assertEquals("T/T-OM/T-OM-06.drl.xlsx", gap.file());
        assertEquals(14, gap.line());
        assertThat(result.trace()).filteredOn(e -> "T-OM-06".equals(e.indicator()))
                .hasSize(2).allSatisfy(e -> assertEquals("T/T-OM/T-OM-06.drl.xlsx", e.file()));
    }

    @Test
    void refusesAnExcelWorkbookWithABadLevelAtItsRow() {
        String csv = workspace.read(table).replace("T-OM-06,3,<= 10080", "T-OM-06,7,<= 10080");
        workspace.write(workspace.rules().resolve("T/T-OM/T-OM-06.drl.xls"), Workbooks.xls(csv)).delete(table);
        assertThat(problems()).anySatisfy(p -> {
            assertEquals("T/T-OM/T-OM-06.drl.xls", p.file());
            assertEquals(13, p.line());
            assertThat(p.message()).contains("@level(7) must be a level from 2 to 5");
        });
    }

    @Test
    void refusesAFormulaAtItsRowBeforeDroolsEvaluatesIt() {
        // Drools' reader evaluates formulas; this one would visit every cell of a full sheet.
        String csv = workspace.read(table).replace("T-OM-06,4,< 1440", "T-OM-06,=SUMPRODUCT(A1:XFD1048576*1),< 1440");
        workspace.write(workspace.rules().resolve("T/T-OM/T-OM-06.drl.xlsx"), Workbooks.xlsx(csv)).delete(table);
        assertThat(problems()).anySatisfy(p -> {
            assertEquals("T/T-OM/T-OM-06.drl.xlsx", p.file());
            assertEquals(14, p.line());
            assertThat(p.message()).isEqualTo("row 14: cell C14 of sheet \"criteria\" is a formula; a decision table holds "
                    + "values: type the value itself");
        });
    }

    @Test
    void refusesACellTooLongToTurnIntoRulesAtItsRow() {
        // Every row is written through the column's template: a long one would make gigabytes of DRL.
        String csv = workspace.read(table).replace("\"key == \"\"fdrt_median_90d\"\", number $param\"",
                "\"key == \"\"fdrt_median_90d\"\", number $param /*" + "A".repeat(TableSize.MAX_CELL) + "*/\"");
        workspace.write(table, csv);
        assertThat(problems()).anySatisfy(p -> {
            assertEquals(TABLE, p.file());
            assertEquals(10, p.line());
            assertThat(p.message()).startsWith("row 10: a cell of ").endsWith(" characters; a cell of a decision table holds at most 1000");
        });
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        workspace.write(workspace.rules().resolve("T/T-OM/T-OM-06.drl.xlsx"), "not a workbook".getBytes(StandardCharsets.UTF_8))
                .delete(table);
        assertThat(problems()).anySatisfy(p -> {
            assertEquals("T/T-OM/T-OM-06.drl.xlsx", p.file());
            assertThat(p.message()).contains("the decision table cannot be read");
        });
    }

    @Test
    void refusesASpreadsheetNotNamedAsADecisionTable() {
        workspace.write(workspace.rules().resolve("T/T-OM/T-OM-06.csv"), workspace.read(table)).delete(table);
        assertThat(problems()).anySatisfy(p -> {
            assertEquals("T/T-OM/T-OM-06.csv", p.file());
            assertThat(p.message()).startsWith("a decision table must be named *.drl.csv, *.drl.xlsx or *.drl.xls: rename it T-OM-06.drl.csv");
        });
    }

    @Test
    void readsACsvSavedWithAByteOrderMark() {
        String withoutNotes = workspace.read(table).lines().filter(l -> !l.startsWith("Notes,"))
                .reduce("", (all, line) -> all + line + "\n");
        DrlText drl = DecisionTable.toDrl(RuleSource.ofText(TABLE, "\uFEFF" + withoutNotes));
        // The mark would otherwise hide the RuleSet keyword and put the rules in Drools' default package.
        assertThat(drl.text()).startsWith("package rules.t.om;");
    }

    @Test
    void refusesACsvThatIsNotUtf8() {
        workspace.write(table, workspace.read(table).getBytes(Charset.forName("GB18030")));
        SourceProblem problem = problems().get(0);
        assertEquals(TABLE, problem.file());
        assertThat(problem.message()).contains("is not UTF-8 text");
    }

    @Test
    void theDigestCoversTheSpreadsheetNotOnlyTheRulesGeneratedFromIt() {
        String before = RuleSources.digest(RuleSources.read(workspace.rules()), "model");
        workspace.edit(table, "Notes,T-OM-06 Failed-deployment recovery time", "Notes,T-OM-06 Recovery time");
        assertNotEquals(before, RuleSources.digest(RuleSources.read(workspace.rules()), "model"));
    }

    private List<SourceProblem> problems() {
        return assertThrows(RulesetException.class, () -> workspace.compile(workspace.model())).problems();
    }

    private static SubmittedFacts recoveryIn(int minutes) {
        return new FactParser(ShippedModel.model()).parse(Map.of("fdrt_median_90d", IntNode.valueOf(minutes)));
    }

    private static IndicatorResult indicator(EvaluationResult result, String id) {
        return result.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}

package io.cnmm.evaluation;

import io.cnmm.problem.JavaNames;
import io.cnmm.problem.SourceProblem;
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.template.parser.DataListener;

/**
 * Turns a decision table in Drools' spreadsheet format into DRL with Drools' own converter, so a
 * table is inspected, compiled and traced exactly like a DRL file. Each generated rule remembers
 * the row it came from (Drools writes {@code // rule values at A12} above it), so problems found
 * later in the DRL point at that row.
 */
final class DecisionTable {

    private static final Pattern RULE_ROW = Pattern.compile("^// rule values at [A-Z]+(\\d+),");
    private static final Pattern CELL = Pattern.compile("\\bcells? \\[?[A-Z]{1,3}(\\d+)\\b");

    private DecisionTable() {
    }

    /** @throws RulesetException with one problem at the table when Drools cannot read it */
    static DrlText toDrl(RuleSource source) {
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
        String csv = source.path().endsWith(".csv") ? DrlText.utf8(source) : null;
        try {
            if (csv != null) {
                readCsv(source.path(), csv, listener);
            } else {
                List<SourceProblem> formulas = WorkbookCells.check(source.path(), source.bytes());
                if (!formulas.isEmpty()) {
                    throw new RulesetException(formulas);
                }
                // Excel is binary: the bytes go to Apache POI as they are, never through a String.
                InputType.XLS.createParser(listener).parseFile(new ByteArrayInputStream(source.bytes()));
            }
            String drl = new SpreadsheetCompiler().listenerToString(listener);
            return new DrlText(source.path(), drl, rowsOf(drl));
        } catch (RulesetException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RulesetException(List.of(problem(source.path(), e)));
        }
    }

    /**
     * Feeds CSV rows to Drools' listener as its own CSV parser does, except that the text is
     * decoded as UTF-8 without a byte-order mark: Drools' parser uses the platform charset and
     * keeps the mark Excel writes, which hides the first keyword ({@code RuleSet}).
     */
    private static void readCsv(String file, String text, DataListener listener) {
        CsvLineParser parser = new CsvLineParser();
        List<List<String>> rows = text.lines().map(parser::parse).toList();
        TableSize size = new TableSize();
        for (int row = 0; row < rows.size(); row++) {
            int line = row + 1;
            rows.get(row).forEach(cell -> size.add(line, cell));
        }
        size.problem().ifPresent(problem -> {
            throw new RulesetException(List.of(SourceProblem.atLine(file, size.longestRow(), null, problem)));
        });
        listener.startSheet("csv");
        for (int row = 0; row < rows.size(); row++) {
            List<String> cells = rows.get(row);
            listener.newRow(row, cells.size());
            int mergedFrom = DataListener.NON_MERGED;
            for (int column = 0; column < cells.size(); column++) {
                // CSV has no merged cells; Drools reads a cell ending in "..." as merged with the next.
                String cell = cells.get(column);
                boolean merged = cell.endsWith("...");
                mergedFrom = !merged ? DataListener.NON_MERGED : mergedFrom == DataListener.NON_MERGED ? column : mergedFrom;
                listener.newCell(row, column, merged ? cell.substring(0, cell.length() - 3) : cell, mergedFrom);
            }
        }
        listener.finishSheet();
    }

    private static NavigableMap<Integer, Integer> rowsOf(String drl) {
        NavigableMap<Integer, Integer> rows = new TreeMap<>();
        List<String> lines = drl.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = RULE_ROW.matcher(lines.get(i).strip());
            if (m.find()) {
                rows.put(i + 1, Integer.valueOf(m.group(1)));
            }
        }
        return Collections.unmodifiableNavigableMap(rows);
    }

    /** Drools names the cell in most of its messages ("in cell C7"): its row is where to look. */
    private static SourceProblem problem(String file, RuntimeException e) {
        String message = e.getMessage() == null ? "it is not a spreadsheet Drools can read" : e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null) {
            message += " (" + e.getCause().getMessage() + ")";
        }
        message = JavaNames.removedFrom(message);
        Matcher cell = CELL.matcher(message);
        if (!cell.find()) {
            return SourceProblem.atLine(file, null, null, "the decision table cannot be read: " + message);
        }
        int row = Integer.parseInt(cell.group(1));
        return SourceProblem.atLine(file, row, null, "row " + row + ": the decision table cannot be read: " + message);
    }
}

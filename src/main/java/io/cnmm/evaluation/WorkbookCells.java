package io.cnmm.evaluation;

import io.cnmm.problem.SourceProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A decision table in a workbook holds values, never formulas. Drools' Excel reader evaluates
 * every formula it meets, and a one-cell formula can ask for billions of cells
 * ({@code =SUMPRODUCT(A:XFD)}), so a workbook is read here first, cells only, and one with a formula
 * is refused at its cell before Drools sees it.
 */
final class WorkbookCells {

    private WorkbookCells() {
    }

    /** The first formula as a problem at its row, or a problem saying the workbook cannot be read; empty when all is values. */
    static List<SourceProblem> check(String file, byte[] workbook) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            int line = cell.getRowIndex() + 1;
                            return List.of(SourceProblem.atLine(file, line, null, "row " + line + ": cell "
                                    + cell.getAddress().formatAsString() + " of sheet \"" + sheet.getSheetName()
                                    + "\" is a formula; a decision table holds values: type the value itself"));
                        }
                    }
                }
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(SourceProblem.atLine(file, null, null, "the decision table cannot be read: it is not an Excel workbook"));
        }
    }
}

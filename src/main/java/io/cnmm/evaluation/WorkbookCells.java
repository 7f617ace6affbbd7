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
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * A decision table in a workbook holds values, never formulas. Drools' Excel reader evaluates
 * every formula it meets, and a one-cell formula can ask for billions of cells
 * ({@code =SUMPRODUCT(A:XFD)}), so a workbook is read here first, cells only, and one with a formula,
 * or too large to turn into rules ({@link TableSize}), is refused at its cell before Drools sees it.
 */
final class WorkbookCells {

    /** What one part of a workbook may unpack to in Apache POI, wherever the workbook comes from. */
    static final long MAX_PART_BYTES = 4L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private WorkbookCells() {
    }

    /** The first formula as a problem at its row, or a problem saying the workbook cannot be read; empty when all is values. */
    static List<SourceProblem> check(String file, byte[] workbook) {
        TableSize size = new TableSize();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        int line = cell.getRowIndex() + 1;
                        if (cell.getCellType() == CellType.FORMULA) {
                            return List.of(SourceProblem.atLine(file, line, null, "row " + line + ": cell "
                                    + cell.getAddress().formatAsString() + " of sheet \"" + sheet.getSheetName()
                                    + "\" is a formula; a decision table holds values: type the value itself"));
                        }
                        size.add(line, cell.toString());
                    }
                }
            }
            return size.problem().map(problem -> List.of(SourceProblem.atLine(file, size.longestRow(), null, problem)))
                    .orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of(SourceProblem.atLine(file, null, null, "the decision table cannot be read: it is not an Excel workbook"));
        }
    }
}

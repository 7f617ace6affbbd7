package io.cnmm.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * Excel workbooks made from a CSV decision table, cell for cell, as an expert who keeps the table
 * in Excel would save it: whole numbers become number cells, {@code =...} formulas, everything else text.
 */
public final class Workbooks {

    private Workbooks() {
    }

    /** An Office Open XML workbook ({@code .xlsx}). */
    public static byte[] xlsx(String csv) {
        return write(new XSSFWorkbook(), csv);
    }

    /** An Excel 97-2003 workbook ({@code .xls}). */
    public static byte[] xls(String csv) {
        return write(new HSSFWorkbook(), csv);
    }

    private static byte[] write(Workbook workbook, String csv) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("criteria");
            List<String> lines = csv.lines().toList();
            CsvLineParser parser = new CsvLineParser();
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = parser.parse(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    set(row.createCell(c), cells.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, String value) {
        if (value.startsWith("=")) {
            cell.setCellFormula(value.substring(1));
        } else if (value.matches("\\d+")) {
            cell.setCellValue(Double.parseDouble(value));
        } else if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
    }
}

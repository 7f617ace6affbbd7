package io.cnmm.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV: CRLF line ends; a field is quoted when it holds a comma, quote, line break or edge space.
 * No field is a formula: spreadsheets run a cell that starts with =, +, -, @, tab or carriage return
 * (OWASP "CSV injection"), and rule names, which experts write, reach these files. Such a field
 * gets a leading {@code '}, which spreadsheets read as "this is text" and do not show.
 */
final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    // A number cannot be a formula, and a quote would turn -5 into the text "-5" for whoever sums the column.
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final StringBuilder out = new StringBuilder();

    Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String field(Object value) {
        String text = neutralised(value == null ? "" : value.toString());
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip());
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String neutralised(String text) {
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }
}

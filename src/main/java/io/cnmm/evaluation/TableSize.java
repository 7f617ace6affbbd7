package io.cnmm.evaluation;

import java.util.Optional;

/**
 * What a decision table may cost to turn into DRL. Drools writes every row through the templates
 * of its columns, so a few kilobytes of table with one long template make gigabytes of DRL: a
 * cell is at most {@value #MAX_CELL} characters, and the cells times the longest of them (a bound
 * on the DRL the table makes) at most {@value #MAX_PRODUCT}. The shipped table is 15 rows of cells
 * under 120 characters.
 */
final class TableSize {

    static final int MAX_CELL = 1_000;
    static final long MAX_PRODUCT = 2_000_000;

    private int cells;
    private int longest;
    private int longestRow;

    /** Counts one non-empty cell of a (1-based) row. */
    void add(int row, String cell) {
        if (cell == null || cell.isEmpty()) {
            return;
        }
        cells++;
        if (cell.length() > longest) {
            longest = cell.length();
            longestRow = row;
        }
    }

    /** Why the table is refused, with the row to look at, or empty. */
    Optional<String> problem() {
        if (longest > MAX_CELL) {
            return Optional.of("row " + longestRow + ": a cell of " + longest + " characters; a cell of a decision table "
                    + "holds at most " + MAX_CELL);
        }
        if ((long) cells * longest > MAX_PRODUCT) {
            return Optional.of("the table is too large to turn into rules: " + cells + " cells, the longest of "
                    + longest + " characters (split it, or shorten its templates)");
        }
        return Optional.empty();
    }

    int longestRow() {
        return longestRow;
    }
}

package io.cnmm.evaluation;

import io.cnmm.problem.SourceProblem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NavigableMap;

/**
 * DRL as the inspector and Drools read it, and the expert's file it stands for: a {@code .drl}
 * file itself, or the DRL generated from a decision table. Problems found in the DRL are reported
 * where the expert can fix them: at the DRL line, or at the table row the rule was generated from.
 *
 * @param file the expert's file, relative to the rules folder: {@code T/T-OM/T-OM-06.drl.csv}
 * @param text the DRL
 * @param rows for generated DRL, the table row of each line from where a rule starts; {@code null} for a DRL file
 */
record DrlText(String file, String text, NavigableMap<Integer, Integer> rows) {

    /**
     * The DRL of a rule file: its text, or the DRL generated from its decision table.
     *
     * @throws RulesetException with the problem when the file cannot be read as either
     */
    static DrlText of(RuleSource source) {
        if (source.isDecisionTable()) {
            return DecisionTable.toDrl(source);
        }
        if (source.isMisnamedTable()) {
            String name = source.path().substring(source.path().lastIndexOf('/') + 1);
            String base = name.substring(0, name.lastIndexOf('.'));
            throw unreadable(source, "a decision table must be named *.drl.csv, *.drl.xlsx or *.drl.xls: rename it "
                    + base + ".drl" + name.substring(base.length()).toLowerCase(java.util.Locale.ROOT)
                    + " (Drools would skip it without a word, so the ruleset is refused rather than lose its criteria)");
        }
        return new DrlText(source.path(), utf8(source), null);
    }

    /** The file's text; experts' files are UTF-8, and a file that is not must not be half-read. */
    static String utf8(RuleSource source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(source.bytes())).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw unreadable(source, "the file is not UTF-8 text; save it as UTF-8"
                    + (source.isDecisionTable() ? " (in Excel: Save As, CSV UTF-8)" : ""));
        }
    }

    private static RulesetException unreadable(RuleSource source, String message) {
        return new RulesetException(List.of(SourceProblem.atLine(source.path(), null, null, message)));
    }

    /** Other DRL standing for the same file, line for line: what is compiled for it. */
    DrlText withText(String compiled) {
        return new DrlText(file, compiled, rows);
    }

    boolean generated() {
        return rows != null;
    }

    /** The line of the expert's file that holds a DRL line: itself, or its rule's table row (0 if none). */
    int position(int line) {
        if (!generated()) {
            return line;
        }
        var row = rows.floorEntry(line);
        return row == null ? 0 : row.getValue();
    }

    /** A problem at a DRL line (or {@code null}), located in the expert's file. */
    SourceProblem problem(Integer line, Integer column, String message) {
        if (!generated()) {
            return SourceProblem.atLine(file, line, column, message);
        }
        int row = line == null || line < 1 ? 0 : position(line);
        // Positions in DRL the expert never saw would only mislead.
        String text = message.replaceAll("\\bLine \\d+:\\d+ ", "");
        return row == 0
                ? SourceProblem.atLine(file, null, null, text + " (generated from the table)")
                : SourceProblem.atLine(file, row, null, "row " + row + ": " + text);
    }
}

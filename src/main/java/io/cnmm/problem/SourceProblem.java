package io.cnmm.problem;

/**
 * Something wrong in a file an expert wrote: a rule file, a model-data file or a scenario file.
 *
 * @param file    path relative to the folder that was loaded, for example {@code T/T-RM/T-RM-01.drl}
 * @param line    1-based line, or {@code null} when the tool that found it does not know
 * @param column  1-based column, or {@code null}
 * @param path    JSON-pointer-like path inside a YAML file, for example {@code /facts/0/type}, or {@code null}
 * @param message a plain sentence saying what is wrong
 */
public record SourceProblem(String file, Integer line, Integer column, String path, String message) {

    public static SourceProblem at(String file, String path, String message) {
        return new SourceProblem(file, null, null, path, message);
    }

    public static SourceProblem atLine(String file, Integer line, Integer column, String message) {
        return new SourceProblem(file, line, column, null, message);
    }

    /** {@code file:line:column: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line != null && line > 0) {
            where.append(':').append(line);
            if (column != null && column > 0) {
                where.append(':').append(column);
            }
        }
        if (path != null) {
            where.append(" at ").append(path);
        }
        return where + ": " + message;
    }
}
